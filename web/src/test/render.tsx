import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../routes';
import { session } from '../auth/session';

/** The whole dashboard at {@code path}, as the browser router would show it. */
export function renderAt(path: string, { signedIn = true } = {}) {
  if (signedIn) session.start({ token: 'test-token', expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(<RouterProvider router={router} />);
  return { ...view, router };
}
