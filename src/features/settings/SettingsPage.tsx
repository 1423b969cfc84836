// Settings: app mode, storage usage and persistence, the demo patient, protocol templates and
// the intake checklist.
import { PageHeader } from '../../components/PageHeader';
import { BackupPanel } from '../backup/BackupPanel';
import { ContraindicationSettings } from '../intake/ContraindicationSettings';
import { ModeSettings } from '../mode/ModeSettings';
import { TemplateSettings } from '../planning/TemplateSettings';
import { DemoCard } from './DemoCard';
import { PersistenceCard } from './PersistenceCard';
import { StorageUsageCard } from './StorageUsageCard';

export function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" />
      <ModeSettings />
      <div className="settings-grid">
        <StorageUsageCard />
        <PersistenceCard />
        <DemoCard />
      </div>
      <BackupPanel />
      <TemplateSettings />
      <ContraindicationSettings />
    </>
  );
}
