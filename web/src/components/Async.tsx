import type { ReactNode } from 'react';
import type { Loaded } from '../api/useApi';
import { problemMessage } from '../api/problem';
import { ErrorState, Loading } from './States';

/** The loading and error states of one request, then its data. */
export function Async<T>({ loaded, label, children }: {
  loaded: Loaded<T> & { reload?: () => void };
  label?: string;
  children: (data: T) => ReactNode;
}) {
  if (loaded.state === 'loading') return <Loading label={label} />;
  if (loaded.state === 'error') return <ErrorState message={problemMessage(loaded.error)} retry={loaded.reload} />;
  return <>{children(loaded.data)}</>;
}
