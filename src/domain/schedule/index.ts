// Schedule core: dates, generation from templates, re-planning, due/overdue, reminders.
export * from './dates';
export * from './generate';
export * from './replan';
export * from './status';
