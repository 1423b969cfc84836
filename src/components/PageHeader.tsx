// Screen title block: optional back link above, title and subtitle, actions on the right.
import type { ReactNode } from 'react';
import { Link } from 'wouter';

interface Props {
  title: ReactNode;
  subtitle?: ReactNode;
  back?: { href: string; label: string };
  actions?: ReactNode;
}

export function PageHeader({ title, subtitle, back, actions }: Props) {
  return (
    <div className="page-header">
      <div className="page-header__text">
        {back && (
          <Link href={back.href} className="page-header__back">
            ‹ {back.label}
          </Link>
        )}
        <h1>{title}</h1>
        {subtitle && <p className="page-header__subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </div>
  );
}
