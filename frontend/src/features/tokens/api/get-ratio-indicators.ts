import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '@/lib/api-client';

/** An indicator a counts:write token may post counts for, named as the report names it. */
export type RatioIndicator = { id: number; objectiveCode: string; position: number; description: string };

/** The ratio indicators of the latest plan: only those receive counts. */
export async function getRatioIndicators(): Promise<RatioIndicator[]> {
  const plans = await call(api.GET('/api/v1/plans', { params: { query: { limit: 1 } } }));
  const latest = plans.data.items?.[0]?.id;
  if (latest == null) return [];
  const { data: report } = await call(api.GET('/api/v1/plans/{planId}/report', { params: { path: { planId: latest } } }));
  return (report.areas ?? []).flatMap((area) =>
    (area.objectives ?? []).flatMap((objective) =>
      (objective.indicators ?? [])
        .filter((indicator) => indicator.kind === 'RATIO' || indicator.kind === 'RATIO_PLANNED')
        .map((indicator) => ({
          id: indicator.id ?? 0,
          objectiveCode: objective.code ?? '',
          position: indicator.position ?? 0,
          description: indicator.description ?? '',
        })),
    ),
  );
}

export const ratioIndicatorsQueryOptions = () =>
  queryOptions({ queryKey: ['ratio-indicators'], queryFn: getRatioIndicators });

/** `enabled` false where no counts:write token can be made (people of the Region): nothing is read then. */
export function useRatioIndicators(enabled = true) {
  return useQuery({ ...ratioIndicatorsQueryOptions(), enabled });
}
