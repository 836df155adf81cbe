import { useState } from 'react';

/**
 * A secret the API shows only once (an API key, a webhook secret): selectable, copyable, with a plain warning that
 * it cannot be shown again. It lives only in this component's state, never in storage or the address.
 */
export function ShownOnce({ label, secret, onDone }: { label: string; secret: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="shown-once" role="region" aria-label={label}>
      <p>
        <strong>{label}</strong>: copy it now. It is shown only this once.
      </p>
      <code className="secret" data-testid="shown-once-secret">{secret}</code>
      <div className="row">
        <button type="button" className="button" onClick={() => navigator.clipboard?.writeText(secret).then(() => setCopied(true), () => undefined)}>
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          I have stored it
        </button>
      </div>
    </div>
  );
}
