'use client';

import { useState, type FormEvent } from 'react';
import useSWR from 'swr';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorState } from '@/components/states';
import { buttonClass, Card, EmptyState, inputClass } from '@/components/ui';
import type { ApiTokenView } from '@/lib/auth/api-tokens';
import { ApiError, fetcher, send } from '@/lib/client/api';
import { formatDate, formatDateTime } from '@/lib/format';
import { SCOPES } from '@/lib/http/endpoint';

const SCOPE_HELP: Record<(typeof SCOPES)[number], string> = {
  'servers:read': 'List servers, their metrics and action history',
  'servers:power': 'Start, stop and restart servers',
  'billing:read': 'Invoices, PDFs and the billing summary',
  'tickets:read': 'Read support tickets',
  'tickets:write': 'Open tickets, reply, close and reopen',
  'dashboard:read': 'Dashboard figures',
};

export function ApiTokens({ initial }: { initial: ApiTokenView[] }) {
  const { data, error, mutate } = useSWR<ApiTokenView[]>('/api/account/tokens', fetcher, { fallbackData: initial });
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [revoking, setRevoking] = useState<ApiTokenView | null>(null);
  const [copied, setCopied] = useState(false);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const scopes = values.getAll('scopes').map(String);
    const days = String(values.get('expiry'));
    setPending(true);
    setFormError(null);
    try {
      const created = await send<{ name: string; token: string }>('POST', '/api/account/tokens', {
        name: String(values.get('name') ?? ''),
        scopes,
        expiresInDays: days === 'never' ? null : Number(days),
      });
      setSecret({ name: created.name, token: created.token });
      setCopied(false);
      form.reset();
      await mutate();
    } catch (caught) {
      setFormError(caught instanceof ApiError ? caught.message + (caught.code === 'VALIDATION_ERROR' ? ': name the token and pick at least one scope' : '') : 'The token could not be created.');
    } finally {
      setPending(false);
    }
  }

  async function revoke(token: ApiTokenView) {
    setRevoking(null);
    await send('DELETE', `/api/account/tokens/${token.id}`).catch(() => {});
    await mutate();
  }

  return (
    <Card className="mt-6">
      <h2 className="font-semibold text-slate-900">API tokens</h2>
      <p className="mt-1 text-sm text-slate-600">
        For scripts: send a token as <code className="rounded bg-slate-100 px-1">Authorization: Bearer hc_…</code>. Each token can do only what its scopes allow. See the{' '}
        <a href="/docs/api" className="font-medium text-indigo-700 hover:underline">API reference</a>.
      </p>

      {secret && (
        <div role="status" className="mt-4 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm">
          <p className="font-medium text-emerald-900">Token “{secret.name}” created. Copy it now: it will not be shown again.</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code className="break-all rounded bg-white px-2 py-1 font-mono text-xs text-slate-900 ring-1 ring-emerald-300" data-testid="new-token">{secret.token}</code>
            <button
              type="button"
              className={buttonClass.secondary}
              onClick={async () => {
                await navigator.clipboard?.writeText(secret.token).catch(() => {});
                setCopied(true);
              }}
            >
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
        </div>
      )}

      <form onSubmit={create} className="mt-5 grid gap-4 border-t border-slate-100 pt-5 lg:grid-cols-2" aria-label="Create an API token">
        <div className="space-y-4">
          <div>
            <label htmlFor="token-name" className="block text-sm font-medium text-slate-900">Name</label>
            <input id="token-name" name="name" type="text" placeholder="e.g. deploy script" className={`${inputClass} mt-1`} />
          </div>
          <div>
            <label htmlFor="token-expiry" className="block text-sm font-medium text-slate-900">Expires</label>
            <select id="token-expiry" name="expiry" defaultValue="90" className={`${inputClass} mt-1`}>
              <option value="30">In 30 days</option>
              <option value="90">In 90 days</option>
              <option value="365">In a year</option>
              <option value="never">Never</option>
            </select>
          </div>
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-slate-900">Scopes</legend>
          <div className="mt-1 space-y-1.5">
            {SCOPES.map((scope) => (
              <label key={scope} className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="scopes" value={scope} className="mt-0.5 h-4 w-4 rounded border-slate-300" />
                <span>
                  <span className="font-mono text-slate-900">{scope}</span> <span className="text-slate-600">— {SCOPE_HELP[scope]}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="lg:col-span-2">
          <p role="alert" className="min-h-5 text-sm text-red-700">{formError}</p>
          <button type="submit" disabled={pending} className={buttonClass.primary}>{pending ? 'Creating…' : 'Create token'}</button>
        </div>
      </form>

      <div className="mt-6">
        {error && !data ? (
          <ErrorState error={error} retry={() => mutate()} />
        ) : !data || data.length === 0 ? (
          <EmptyState title="No API tokens" />
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200" aria-label="Your API tokens">
            {data.map((token) => (
              <li key={token.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">{token.name} <span className="font-mono text-xs text-slate-600">{token.prefix}…</span></p>
                  <p className="text-xs text-slate-600">
                    {token.scopes.join(', ')} · {token.expiresAt ? `expires ${formatDate(token.expiresAt)}` : 'never expires'} ·{' '}
                    {token.lastUsedAt ? `last used ${formatDateTime(token.lastUsedAt)}` : 'never used'}
                  </p>
                </div>
                <button type="button" className={buttonClass.secondary} onClick={() => setRevoking(token)} aria-label={`Revoke ${token.name}`}>
                  Revoke
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        description="Scripts using this token stop working at once. This cannot be undone."
        confirmLabel="Revoke"
        danger
        onConfirm={() => revoking && revoke(revoking)}
        onCancel={() => setRevoking(null)}
      />
    </Card>
  );
}
