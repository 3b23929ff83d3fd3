import { Skeleton } from './ui';

/**
 * A list page's frame while its data loads on navigation, so nothing jumps when it lands. Only list
 * pages use it: a loading boundary streams the page, which would turn a detail page's 404 into a 200.
 */
export function PageSkeleton() {
  return (
    <div role="status" aria-label="Loading">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="mt-2 h-4 w-72" />
      <div className="mt-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} className="h-24" />
        ))}
      </div>
      <Skeleton className="mt-6 h-64" />
    </div>
  );
}
