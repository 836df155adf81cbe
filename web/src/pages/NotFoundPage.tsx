import { Link } from 'react-router';
import { usePageTitle } from '../components/usePageTitle';

export function NotFoundPage() {
  usePageTitle('Not found');
  return (
    <section className="page narrow">
      <h1>No page at this address</h1>
      <p><Link to="/repos">Go to your repositories</Link></p>
    </section>
  );
}
