// The lesson plan: A4, for PSHE teachers: objectives, outcomes, timings, activities, the safeguarding note.
import { printFormat } from './print-format.js';

export const lessonPlan = printFormat({
  id: 'lesson-plan',
  label: 'Lesson plan',
  pdf: 'lesson-plan.pdf',
  page: 'a4',
  blocksFrom: 'lesson-plan',
  filterAs: 'lesson-plan',
  stylesheets: ['tokens.css', 'print.css'],
});
