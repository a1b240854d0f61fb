import { lazy } from 'react';
import { createBrowserRouter } from 'react-router-dom';
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
const WelcomePage = lazy(() => import('../features/onboarding/welcome-page'));

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <ThisWeekPage /> },
      { path: 'people', element: <PeoplePage /> },
      { path: 'people/new', element: <PersonFormPage /> },
      { path: 'people/:personId', element: <PersonPage /> },
      { path: 'people/:personId/edit', element: <PersonFormPage /> },
      { path: 'log', element: <LogPage /> },
      { path: 'network', element: <NetworkPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'welcome', element: <WelcomePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
