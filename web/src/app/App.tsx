import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { ConfirmProvider } from '../components/ConfirmDialog.tsx';
import { LoginPage } from '../pages/login/LoginPage.tsx';
import { InboxPage } from '../pages/inbox/InboxPage.tsx';
import { CustomerPage } from '../pages/customers/CustomerPage.tsx';
import { CustomersPage } from '../pages/customers/CustomersPage.tsx';
import { ImportDetailPage } from '../pages/imports/ImportDetailPage.tsx';
import { ImportsPage } from '../pages/imports/ImportsPage.tsx';
import { MapImportPage } from '../pages/imports/MapImportPage.tsx';
import { NewImportPage } from '../pages/imports/NewImportPage.tsx';
import { WebhooksPage } from '../pages/settings/webhooks/WebhooksPage.tsx';
import { ActionPlanPage, ActionPlansPage, ChannelConsistencyPage, JourneyMapPage, OverviewPage, ServiceMetricsPage, ThemeExplorerPage } from '../components/charts/lazyPages.tsx';
import { JourneysPage } from '../pages/settings/journeys/JourneysPage.tsx';
import { JourneyDetailPage } from '../pages/settings/journeys/JourneyDetailPage.tsx';
import { ChannelsPage } from '../pages/settings/channels/ChannelsPage.tsx';
import { ApiKeysPage } from '../pages/settings/api-keys/ApiKeysPage.tsx';
import { UsersPage } from '../pages/settings/users/UsersPage.tsx';
import { ThemesPage } from '../pages/settings/themes/ThemesPage.tsx';
import { SummaryEmailPage } from '../pages/settings/summary-email/SummaryEmailPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { AlertsInboxPage } from '../pages/alerts/AlertsInboxPage.tsx';
import { AlertRulesPage } from '../pages/alerts/AlertRulesPage.tsx';
import { NotificationChannelsPage } from '../pages/alerts/NotificationChannelsPage.tsx';
import { SurveysPage } from '../pages/surveys/SurveysPage.tsx';
import { SurveyBuilderPage } from '../pages/surveys/SurveyBuilderPage.tsx';
import { DistributionPage } from '../pages/surveys/DistributionPage.tsx';
import { CasesPage } from '../pages/cases/CasesPage.tsx';
import { CasePage } from '../pages/cases/CasePage.tsx';
import { CaseRoutingPage } from '../pages/settings/case-routing/CaseRoutingPage.tsx';
import { ReplyTemplatesPage } from '../pages/settings/reply-templates/ReplyTemplatesPage.tsx';
import { CaseSettingsPage } from '../pages/settings/case-settings/CaseSettingsPage.tsx';
import { AuthProvider } from './AuthContext.tsx';
import { Layout } from './Layout.tsx';
import { RequireAuth } from './RequireAuth.tsx';

export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <ConfirmProvider>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route
              element={
                <RequireAuth>
                  <Layout />
                </RequireAuth>
              }
            >
              <Route index element={<Navigate to="/overview" replace />} />
              <Route path="overview" element={<OverviewPage />} />
              <Route path="journey-map" element={<JourneyMapPage />} />
              <Route path="channels" element={<ChannelConsistencyPage />} />
              <Route path="themes" element={<ThemeExplorerPage />} />
              <Route path="service" element={<ServiceMetricsPage />} />
              <Route path="action-plans" element={<ActionPlansPage />} />
              <Route path="action-plans/:planId" element={<ActionPlanPage />} />
              <Route path="inbox" element={<InboxPage />} />
              <Route path="customers" element={<CustomersPage />} />
              <Route path="customers/:customerId" element={<CustomerPage />} />
              <Route path="imports" element={<ImportsPage />} />
              <Route path="imports/new" element={<NewImportPage />} />
              <Route path="imports/:importId/map" element={<MapImportPage />} />
              <Route path="imports/:importId" element={<ImportDetailPage />} />
              <Route path="alerts" element={<AlertsInboxPage />} />
              <Route path="alerts/rules" element={<AlertRulesPage />} />
              <Route path="alerts/channels" element={<NotificationChannelsPage />} />
              <Route path="cases" element={<CasesPage />} />
              <Route path="cases/:caseId" element={<CasePage />} />
              <Route path="surveys" element={<SurveysPage />} />
              <Route path="surveys/:surveyId" element={<SurveyBuilderPage />} />
              <Route path="surveys/:surveyId/distribute" element={<DistributionPage />} />
              <Route path="settings">
                <Route index element={<Navigate to="/settings/journeys" replace />} />
                <Route path="journeys" element={<JourneysPage />} />
                <Route path="journeys/:journeyId" element={<JourneyDetailPage />} />
                <Route path="channels" element={<ChannelsPage />} />
                <Route path="api-keys" element={<ApiKeysPage />} />
                <Route path="webhooks" element={<WebhooksPage />} />
                <Route path="case-settings" element={<CaseSettingsPage />} />
                <Route path="users" element={<UsersPage />} />
                <Route path="themes" element={<ThemesPage />} />
                <Route path="summary-email" element={<SummaryEmailPage />} />
                <Route path="case-routing" element={<CaseRoutingPage />} />
                <Route path="reply-templates" element={<ReplyTemplatesPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </ConfirmProvider>
      </AuthProvider>
    </BrowserRouter>
  );
}
