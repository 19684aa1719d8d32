import type { IconName } from '../components/Icon.tsx';

export interface NavItem {
  to: string;
  labelKey: string;
  icon: IconName;
  testId: string;
}

export interface NavGroup {
  labelKey: string;
  items: NavItem[];
}

// Later pages (overview, journey map, channel comparison, themes, customers, cases, alerts) join
// the "analytics" and "feedback" groups here once they exist; links to nowhere are not listed.
export const NAVIGATION: NavGroup[] = [
  {
    labelKey: 'nav.groups.analytics',
    items: [
      { to: '/overview', labelKey: 'nav.overview', icon: 'up', testId: 'nav-overview' },
      { to: '/journey-map', labelKey: 'nav.journeyMap', icon: 'journey', testId: 'nav-journey-map' },
      { to: '/channels', labelKey: 'nav.channelConsistency', icon: 'channels', testId: 'nav-channel-consistency' },
      { to: '/themes', labelKey: 'nav.themeExplorer', icon: 'copy', testId: 'nav-theme-explorer' },
      { to: '/service', labelKey: 'serviceMetrics.nav', icon: 'users', testId: 'nav-service' },
      { to: '/action-plans', labelKey: 'actionPlans.nav', icon: 'journey', testId: 'nav-action-plans' },
    ],
  },
  {
    labelKey: 'nav.groups.feedback',
    items: [
      { to: '/inbox', labelKey: 'nav.inbox', icon: 'inbox', testId: 'nav-inbox' },
      { to: '/customers', labelKey: 'customers.nav', icon: 'customer', testId: 'nav-customers' },
      { to: '/cases', labelKey: 'cases.nav', icon: 'inbox', testId: 'nav-cases' },
      { to: '/imports', labelKey: 'imports.nav', icon: 'upload', testId: 'nav-imports' },
      { to: '/alerts', labelKey: 'nav.alerts', icon: 'up', testId: 'nav-alerts' },
      { to: '/surveys', labelKey: 'nav.surveys', icon: 'channels', testId: 'nav-surveys' },
    ],
  },
  {
    labelKey: 'nav.groups.settings',
    items: [
      { to: '/settings/journeys', labelKey: 'nav.journeys', icon: 'journey', testId: 'nav-journeys' },
      { to: '/settings/channels', labelKey: 'nav.channels', icon: 'channels', testId: 'nav-channels' },
      { to: '/settings/api-keys', labelKey: 'nav.apiKeys', icon: 'key', testId: 'nav-api-keys' },
      { to: '/settings/webhooks', labelKey: 'webhooks.nav', icon: 'webhook', testId: 'nav-webhooks' },
      { to: '/settings/users', labelKey: 'nav.users', icon: 'users', testId: 'nav-users' },
      { to: '/settings/themes', labelKey: 'nav.themes', icon: 'menu', testId: 'nav-themes' },
      { to: '/settings/summary-email', labelKey: 'dashboards.summaryEmail.nav', icon: 'inbox', testId: 'nav-summary-email' },
      { to: '/settings/case-routing', labelKey: 'caseRouting.nav', icon: 'journey', testId: 'nav-case-routing' },
      { to: '/settings/case-settings', labelKey: 'caseSettings.nav', icon: 'menu', testId: 'nav-case-settings' },
      { to: '/settings/reply-templates', labelKey: 'replyTemplates.nav', icon: 'copy', testId: 'nav-reply-templates' },
    ],
  },
];
