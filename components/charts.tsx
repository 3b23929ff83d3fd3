import { useId } from 'react';

/**
 * Small SVG charts with no library behind them. Each has a text alternative: a visually hidden table
 * with the same numbers, which screen readers read instead of the picture.
 */

type Datum = { label: string; value: number };

export function BarChart({ title, data, format = String, color = '#4f46e5' }: { title: string; data: Datum[]; format?: (value: number) => string; color?: string }) {
  const id = useId();
  const max = Math.max(1, ...data.map((d) => d.value));
  const barWidth = 100 / Math.max(1, data.length);
  return (
    <figure aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="text-sm font-medium text-slate-900">{title}</figcaption>
      <svg viewBox="0 0 100 60" className="mt-3 h-40 w-full" aria-hidden="true" preserveAspectRatio="none">
        {data.map((d, index) => {
          const height = (d.value / max) * 50;
          return <rect key={d.label} x={index * barWidth + barWidth * 0.2} y={55 - height} width={barWidth * 0.6} height={height} rx={1} fill={color} />;
        })}
        <line x1="0" y1="55" x2="100" y2="55" stroke="#cbd5e1" strokeWidth="0.5" />
      </svg>
      <div className="flex text-xs text-slate-600" aria-hidden="true">
        {data.map((d) => (
          <div key={d.label} className="flex-1 text-center">
            <div className="font-medium tabular-nums text-slate-900">{format(d.value)}</div>
            <div>{d.label}</div>
          </div>
        ))}
      </div>
      <DataTable caption={title} rows={data.map((d) => [d.label, format(d.value)])} />
    </figure>
  );
}

type Series = { name: string; color: string; values: number[] };

export function LineChart({ title, labels, series, max = 100, unit = '%' }: { title: string; labels: string[]; series: Series[]; max?: number; unit?: string }) {
  const id = useId();
  const x = (index: number) => (labels.length <= 1 ? 0 : (index / (labels.length - 1)) * 100);
  const y = (value: number) => 50 - (Math.min(value, max) / max) * 48;
  return (
    <figure aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="text-sm font-medium text-slate-900">{title}</figcaption>
      <svg viewBox="0 0 100 52" className="mt-3 h-44 w-full" aria-hidden="true" preserveAspectRatio="none">
        {[0, 25, 50, 75, 100].map((tick) => (
          <line key={tick} x1="0" x2="100" y1={y((tick / 100) * max)} y2={y((tick / 100) * max)} stroke="#e2e8f0" strokeWidth="0.3" />
        ))}
        {series.map((s) => (
          <polyline
            key={s.name}
            fill="none"
            stroke={s.color}
            strokeWidth="1.2"
            vectorEffect="non-scaling-stroke"
            points={s.values.map((value, index) => `${x(index)},${y(value)}`).join(' ')}
          />
        ))}
      </svg>
      <ul className="mt-2 flex flex-wrap gap-4 text-xs text-slate-700" aria-hidden="true">
        {series.map((s) => (
          <li key={s.name} className="flex items-center gap-1.5">
            <span className="inline-block h-2 w-3 rounded-sm" style={{ background: s.color }} />
            {s.name} (now {(s.values.at(-1) ?? 0).toFixed(1)}{unit})
          </li>
        ))}
      </ul>
      <DataTable
        caption={title}
        header={['Time', ...series.map((s) => s.name)]}
        rows={labels.map((label, index) => [label, ...series.map((s) => `${(s.values[index] ?? 0).toFixed(1)}${unit}`)])}
      />
    </figure>
  );
}

function DataTable({ caption, header, rows }: { caption: string; header?: string[]; rows: string[][] }) {
  return (
    <table className="sr-only">
      <caption>{caption}</caption>
      {header && (
        <thead>
          <tr>{header.map((cell) => <th key={cell} scope="col">{cell}</th>)}</tr>
        </thead>
      )}
      <tbody>
        {rows.map((row) => (
          <tr key={row[0]}>
            {row.map((cell, index) => (index === 0 ? <th key={index} scope="row">{cell}</th> : <td key={index}>{cell}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
