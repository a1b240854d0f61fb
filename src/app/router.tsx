import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { ThisWeekPage } from '../features/this-week/this-week-page';

// Everything but the home screen loads on demand, so the first screen stays small.
const PeoplePage = lazy(() => import('../features/people/people-page'));
const PersonPage = lazy(() => import('../features/people/person-page'));
const PersonFormPage = lazy(() => import('../features/people/person-form-page'));
const LogPage = lazy(() => import('../features/log/log-page'));
const NetworkPage = lazy(() => import('../features/network/network-page'));
const SettingsPage = lazy(() => import('../features/settings/settings-page'));
const TransferPage = lazy(() => import('../features/transfer/transfer-page'));
const WelcomePage = lazy(() => import('../features/onboarding/welcome-page'));

/** The route table, in declarative mode: Ties has no loaders or actions to need a data router. */
export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<ThisWeekPage />} />
          <Route path="people" element={<PeoplePage />} />
          <Route path="people/new" element={<PersonFormPage />} />
          <Route path="people/:personId" element={<PersonPage />} />
          <Route path="people/:personId/edit" element={<PersonFormPage />} />
          <Route path="log" element={<LogPage />} />
          <Route path="network" element={<NetworkPage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="settings/data" element={<TransferPage />} />
          <Route path="welcome" element={<WelcomePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
