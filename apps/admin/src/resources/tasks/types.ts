import type { TaskPriority, TaskStatus } from '@recours/domain';

/** A task as the API returns it (GET /api/tasks). */
export interface Task {
  id: string;
  householdId: string;
  householdReference: string;
  applicantName?: string | null;
  title: string;
  detectedRightId?: string | null;
  contactId?: string | null;
  campaignId?: string | null;
  assigneeId?: string | null;
  assigneeName?: string | null;
  dueOn: string;
  priority: TaskPriority;
  status: TaskStatus;
  completedAt?: string | null;
}
