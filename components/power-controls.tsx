'use client';

import { useState } from 'react';
import type { PowerActionResult } from '@/lib/hosting/actions';
import type { ServerView } from '@/lib/hosting/servers';
import { ApiError, send } from '@/lib/client/api';
import { ConfirmDialog } from './confirm-dialog';
import { buttonClass } from './ui';

type Action = 'start' | 'stop' | 'restart';

const PROGRESS: Record<Action, string> = { start: 'Starting', stop: 'Stopping', restart: 'Restarting' };

const COPY: Record<Action, { label: string; description: (name: string) => string; danger: boolean }> = {
  start: { label: 'Start', description: (name) => `${name} will boot. This takes a few seconds.`, danger: false },
  stop: { label: 'Stop', description: (name) => `${name} will shut down and stop serving traffic until you start it again.`, danger: true },
  restart: { label: 'Restart', description: (name) => `${name} will reboot and be briefly unavailable.`, danger: true },
};

/** Start / stop / restart with a confirmation; shows progress while an action runs and errors in words. */
export function PowerControls({ server, onChange }: { server: ServerView; onChange: () => void }) {
  const [pending, setPending] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const available: Action[] = server.status === 'active' ? ['restart', 'stop'] : server.status === 'inactive' ? ['start'] : [];

  async function run(action: Action) {
    setPending(null);
    setBusy(true);
    setError(null);
    try {
      await send<PowerActionResult>('POST', `/api/hosting/servers/${server.id}/power`, { action });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The action could not be sent. Try again.');
    } finally {
      setBusy(false);
      onChange();
    }
  }

  if (server.currentAction) {
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-sky-800">
        <span className="inline-block h-2 w-2 animate-pulse rounded-full bg-sky-600" aria-hidden="true" />
        {PROGRESS[server.currentAction.action]}…
      </p>
    );
  }

  return (
    <div>
      {available.length === 0 ? (
        <p className="text-sm text-slate-600">Suspended: contact support to reactivate.</p>
      ) : (
        <div className="flex flex-wrap gap-2">
          {available.map((action) => (
            <button
              key={action}
              type="button"
              disabled={busy}
              className={buttonClass.secondary}
              onClick={() => setPending(action)}
              aria-label={`${COPY[action].label} ${server.name}`}
            >
              {COPY[action].label}
            </button>
          ))}
        </div>
      )}
      {error && <p role="alert" className="mt-2 text-sm text-red-700">{error}</p>}
      <ConfirmDialog
        open={pending !== null}
        title={pending ? `${COPY[pending].label} ${server.name}?` : ''}
        description={pending ? COPY[pending].description(server.name) : ''}
        confirmLabel={pending ? COPY[pending].label : ''}
        danger={pending ? COPY[pending].danger : false}
        onConfirm={() => pending && run(pending)}
        onCancel={() => setPending(null)}
      />
    </div>
  );
}
