// Public JSON shapes of the organisation's settings objects: channels, journeys, people, keys.
import type { ApiKeyRow } from '../../domain/auth/auth.repo.ts';
import type { ChannelRow } from '../../domain/channels/channels.repo.ts';
import type { JourneyTree } from '../../domain/journeys/get-journey.ts';
import type { JourneySummary, StageRow, TouchpointRow } from '../../domain/journeys/journeys.repo.ts';
import type { TeamRow } from '../../domain/teams/teams.repo.ts';
import type { UserRow } from '../../domain/users/users.repo.ts';

export function presentChannel(row: ChannelRow) {
  return { key: row.key, name_en: row.nameEn, name_zh: row.nameZh, kind: row.kind };
}

export function presentJourneySummary(row: JourneySummary) {
  return {
    id: row.id,
    name_en: row.nameEn,
    name_zh: row.nameZh,
    description: row.description,
    stage_count: row.stageCount,
    touchpoint_count: row.touchpointCount,
    created_at: row.createdAt.toISOString(),
  };
}

export function presentTouchpoint(row: TouchpointRow) {
  return { id: row.id, stage_id: row.stageId, journey_id: row.journeyId, name_en: row.nameEn, name_zh: row.nameZh, channel: row.channel, metrics: row.metrics, position: row.position };
}

export function presentStage(row: StageRow) {
  return { id: row.id, journey_id: row.journeyId, name_en: row.nameEn, name_zh: row.nameZh, position: row.position };
}

export function presentJourney(tree: JourneyTree) {
  return {
    id: tree.id,
    name_en: tree.nameEn,
    name_zh: tree.nameZh,
    description: tree.description,
    stages: tree.stages.map((stage) => ({ ...presentStage(stage), touchpoints: stage.touchpoints.map(presentTouchpoint) })),
  };
}

export function presentUser(row: UserRow) {
  return { id: row.id, email: row.email, name: row.name, role: row.role, locale: row.locale, disabled: row.disabled, created_at: row.createdAt.toISOString() };
}

export function presentTeam(row: TeamRow) {
  return {
    id: row.id,
    name: row.name,
    members: row.members.map((member) => ({ id: member.id, name: member.name, email: member.email, is_lead: member.isLead })),
    created_at: row.createdAt.toISOString(),
  };
}

export function presentApiKey(row: ApiKeyRow) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    created_at: row.createdAt.toISOString(),
    last_used_at: row.lastUsedAt?.toISOString() ?? null,
    revoked_at: row.revokedAt?.toISOString() ?? null,
  };
}
