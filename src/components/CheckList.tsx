// A list of labelled checkboxes over ids (aftercare given, contraindications…): the caller owns
// the selected ids, this only renders the boxes and reports the new selection.
interface CheckListProps {
  options: readonly { id: string; label: string }[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

export function CheckList({ options, selected, onChange }: CheckListProps) {
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((s) => s !== id));
  return (
    <>
      {options.map((option) => (
        <label key={option.id} className="check">
          <input
            type="checkbox"
            checked={selected.includes(option.id)}
            onChange={(e) => toggle(option.id, e.target.checked)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </>
  );
}
