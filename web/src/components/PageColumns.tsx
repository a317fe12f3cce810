import type { ReactNode } from 'react';

/** A page's two columns: the main one (`children`) and, beside it on wide screens, `aside`. */
export function PageColumns({ children, aside }: { children: ReactNode; aside: ReactNode }) {
  return (
    <div className="initiative-page__columns">
      <div className="initiative-page__main">{children}</div>
      <aside className="initiative-page__aside">{aside}</aside>
    </div>
  );
}
