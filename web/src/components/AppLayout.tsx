import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router';
import { LanguageSwitcher } from './LanguageSwitcher';
import { calibratesJuries } from '../routes/awards/calibration-view';
import { reviewsStories } from '../stories/story-staff';
import { useViewer } from '../viewer/viewer-context';
import { SessionNotice } from './SessionNotice';
import { ViewerMenu } from './ViewerMenu';

export function AppLayout() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  // The intake queue is for those who review proposals; the server refuses everyone else anyway.
  const reviewsProposals = viewer?.role === 'ADMIN' || viewer?.role === 'NATIONAL_COORDINATOR';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="app-brand">
            <span className="app-brand__name">{t('app.name')}</span>
            <span className="app-brand__tagline">{t('app.tagline')}</span>
          </Link>
          <nav aria-label={t('app.mainNavigation')} className="app-nav">
            <NavLink to="/initiatives">{t('nav.initiatives')}</NavLink>
            <NavLink to="/organizations">{t('nav.organizations')}</NavLink>
            <NavLink to="/stories" end>
              {t('nav.stories')}
            </NavLink>
            <NavLink to="/awards" end>
              {t('nav.awards')}
            </NavLink>
            <NavLink to="/awards/best-practices">{t('nav.bestPractices')}</NavLink>
            <NavLink to="/propose">{t('nav.propose')}</NavLink>
            {reviewsProposals && <NavLink to="/intake">{t('nav.intake')}</NavLink>}
            {reviewsStories(viewer) && <NavLink to="/stories/review">{t('nav.storyReview')}</NavLink>}
            {reviewsStories(viewer) && <NavLink to="/stories/publications">{t('nav.publications')}</NavLink>}
            {viewer?.role === 'JUROR' && <NavLink to="/awards/scoring">{t('nav.scoring')}</NavLink>}
            {calibratesJuries(viewer) && <NavLink to="/awards/calibration">{t('nav.calibration')}</NavLink>}
          </nav>
          <LanguageSwitcher />
          <ViewerMenu />
        </div>
        <SessionNotice />
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
        <p>
          <Link to="/withdraw">{t('app.withdrawLink')}</Link>
        </p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
