import type { components } from '@/types/api.gen';

type Schemas = components['schemas'];

export type Problem = Schemas['Problem'];
export type Plan = Schemas['Plan'];
export type MonitoringPeriod = Schemas['MonitoringPeriod'];
export type PlanReport = Schemas['PlanReport'];
export type ReportArea = Schemas['ReportArea'];
export type ReportObjective = Schemas['ReportObjective'];
export type ReportIndicator = Schemas['ReportIndicator'];
export type ReportPhase = Schemas['ReportPhase'];
export type ReportPeriod = Schemas['ReportPeriod'];
export type ReportScore = Schemas['ReportScore'];
export type AssessmentCount = Schemas['AssessmentCount'];
export type Suggestion = Schemas['Suggestion'];
export type Objective = Schemas['Objective'];
export type ObjectiveInput = Schemas['ObjectiveInput'];
export type StrategicArea = Schemas['StrategicArea'];
export type StrategicAreaInput = Schemas['StrategicAreaInput'];
export type Indicator = Schemas['Indicator'];
export type IndicatorInput = Schemas['IndicatorInput'];
export type IndicatorKind = Schemas['IndicatorKind'];
export type Phase = Schemas['Phase'];
export type PhaseInput = Schemas['PhaseInput'];
export type PhaseProgressInput = Schemas['PhaseProgressInput'];
export type IndicatorResult = Schemas['IndicatorResult'];
export type IndicatorResultInput = Schemas['IndicatorResultInput'];
export type ResponsibleStructure = Schemas['ResponsibleStructure'];
export type Me = Schemas['Me'];
export type AuthConfig = Schemas['AuthConfig'];
export type Role = Schemas['Role'];
export type User = Schemas['User'];
export type UserInput = Schemas['UserInput'];
export type ApiToken = Schemas['ApiToken'];
export type ApiTokenInput = Schemas['ApiTokenInput'];
export type AuditEvent = Schemas['AuditEvent'];
export type AuditChange = Schemas['AuditChange'];
export type Count = Schemas['Count'];
export type CountComponent = Schemas['CountComponent'];
export type CountedValue = Schemas['CountedValue'];
export type CountedUnitValue = Schemas['CountedUnitValue'];

/** The five steps of the valutazione sintetica. */
export type AssessmentStep = 1 | 2 | 3 | 4 | 5;
export const ASSESSMENT_STEPS: readonly AssessmentStep[] = [1, 2, 3, 4, 5];
export type LiveDifference = Schemas['LiveDifference'];
export type NextYearPlan = Schemas['NextYearPlan'];
export type RolledIndicator = Schemas['RolledIndicator'];
