// The service and action-plan pages load on first visit: ECharts is most of their weight.
import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../../components/Loading.tsx';

function lazyPage(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return function LazyPage() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}

export const ServiceMetricsPage = lazyPage(() => import('./ServiceMetricsPage.tsx').then((m) => m.ServiceMetricsPage));
export const ActionPlansPage = lazyPage(() => import('../action-plans/ActionPlansPage.tsx').then((m) => m.ActionPlansPage));
export const ActionPlanPage = lazyPage(() => import('../action-plans/ActionPlanPage.tsx').then((m) => m.ActionPlanPage));
