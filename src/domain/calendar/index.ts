// Calendar export (.ics) for planned sessions and photo reminders.
export * from './ics';
export * from './courseEvents';
