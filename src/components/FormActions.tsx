// The submit + cancel row at the foot of a creation form.
interface FormActionsProps {
  submitLabel: string;
  saving: boolean;
  onCancel: () => void;
}

export function FormActions({ submitLabel, saving, onCancel }: FormActionsProps) {
  return (
    <div className="button-row">
      <button type="submit" className="btn btn--primary" disabled={saving}>
        {submitLabel}
      </button>
      <button type="button" className="btn" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
