import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, isApiError } from '@/lib/api-client';
import type { OivValidation, OivValidationInput } from '@/types/api';

/** The OIV's validation of a closed final period; null while it has given none (404). */
export async function getOivValidation(periodId: number): Promise<OivValidation | null> {
  try {
    const { data } = await call(
      api.GET('/api/v1/periods/{periodId}/oiv-validation', { params: { path: { periodId } } }),
    );
    return data;
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

export const oivValidationQueryOptions = (periodId: number) =>
  queryOptions({ queryKey: ['oiv', 'validation', periodId], queryFn: () => getOivValidation(periodId) });

export function useOivValidation(periodId: number, enabled: boolean) {
  return useQuery({ ...oivValidationQueryOptions(periodId), enabled });
}

export type ValidationSave = { periodId: number; version: number | null | undefined; input: OivValidationInput };

export async function saveOivValidation({ periodId, version, input }: ValidationSave): Promise<OivValidation> {
  const { data } = await call(
    api.PUT('/api/v1/periods/{periodId}/oiv-validation', {
      params: { path: { periodId }, header: version != null ? { 'If-Match': `"${version}"` } : {} },
      body: input,
    }),
  );
  return data;
}

export function useSaveOivValidation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveOivValidation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['oiv'] }),
  });
}
