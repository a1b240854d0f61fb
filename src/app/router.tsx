import { useEffect } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AppLayout } from './app-layout';
import { lazyScreen, preloadScreens } from './lazy-screen';
import { prefetchPeopleList } from '../db/reads/people-list';
import { NotFoundPage } from './not-found-page';
import { ThisWeekPage } from '../features/this-week/this-week-page';

// Everything but the home screen loads on demand, so the first screen stays small; the
// screens a tap on the main navigation opens first are loaded once the browser is idle.
const PeoplePage = lazyScreen(() => import('../features/people/people-page'), prefetchPeopleList);
const PersonPage = lazyScreen(() => import('../features/people/person-page'));
const PersonFormPage = lazyScreen(() => import('../features/people/person-form-page'));
const LogPage = lazyScreen(() => import('../features/log/log-page'));
const NetworkPage = lazyScreen(() => import('../features/network/network-page'));
const SettingsPage = lazyScreen(() => import('../features/settings/settings-page'));
const YourDataPage = lazyScreen(() => import('../features/your-data/your-data-page'));
const GoalsPage = lazyScreen(() => import('../features/goals/goals-page'));
const GoalPage = lazyScreen(() => import('../features/goals/goal-page'));
const GoalFormPage = lazyScreen(() => import('../features/goals/goal-form-page'));
const WelcomePage = lazyScreen(() => import('../features/onboarding/welcome-page'));
const SharePage = lazyScreen(() => import('../features/share/share-page'));

/** The route table, in declarative mode: Ties has no loaders or actions to need a data router. */
export function AppRoutes() {
  useEffect(() => preloadScreens([PeoplePage, LogPage, PersonPage]), []);
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<ThisWeekPage />} />
          <Route path="people" element={<PeoplePage />} />
          <Route path="people/new" element={<PersonFormPage />} />
          <Route path="people/:personId" element={<PersonPage />} />
          <Route path="people/:personId/edit" element={<PersonFormPage />} />
          <Route path="goals" element={<GoalsPage />} />
          <Route path="goals/new" element={<GoalFormPage />} />
          <Route path="goals/:goalId" element={<GoalPage />} />
          <Route path="goals/:goalId/edit" element={<GoalFormPage />} />
          <Route path="log" element={<LogPage />} />
          <Route path="network" element={<NetworkPage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="settings/data" element={<YourDataPage />} />
          <Route path="welcome" element={<WelcomePage />} />
          <Route path="share" element={<SharePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
