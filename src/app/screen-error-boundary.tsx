import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useI18n } from '../i18n/use-i18n';

type BoundaryProps = { children: ReactNode; fallback: ReactNode };
type BoundaryState = { hasFailed: boolean };

/**
 * Shows `fallback` instead of children that threw while rendering. Without one React
 * unmounts the whole tree on such an error and leaves a blank page; a value stored by an
 * older app, or one that got in some other way, must never do that.
 */
export class ErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { hasFailed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { hasFailed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Ties could not show this screen', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.hasFailed ? this.props.fallback : this.props.children;
  }
}

/**
 * What a screen that failed shows: what happened, that the data is safe, and ways on. Outside
 * the router (the shell itself failed) the way home is a full load of the page.
 */
export function ScreenError({ isOutsideRouter = false }: { isOutsideRouter?: boolean }) {
  const { t } = useI18n();
  const home = isOutsideRouter ? (
    <a className="button" href="/">
      {t('screenError.home')}
    </a>
  ) : (
    <Link className="button" to="/">
      {t('screenError.home')}
    </Link>
  );
  return (
    <section className="page" aria-labelledby="screen-error-title">
      <h1 id="screen-error-title">{t('screenError.title')}</h1>
      <p role="alert">{t('screenError.body')}</p>
      <div className="screen-error-actions">
        {home}
        <button
          type="button"
          className="button"
          onClick={() => {
            window.location.reload();
          }}
        >
          {t('screenError.reload')}
        </button>
      </div>
    </section>
  );
}

/**
 * The boundary around each routed screen. It starts over on every new address, so the nav
 * (outside it) always leads to a screen that renders again.
 */
export function RoutedScreenBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary key={pathname} fallback={<ScreenError />}>
      {children}
    </ErrorBoundary>
  );
}
