// Products / cocktail with dose, as free text rows the practitioner can add and remove.
import type { ProductUse } from '../../domain/session';

interface Props {
  value: readonly ProductUse[];
  onChange: (next: ProductUse[]) => void;
}

export function ProductsInput({ value, onChange }: Props) {
  const update = (i: number, patch: Partial<ProductUse>) =>
    onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <fieldset>
      <legend>Products / cocktail and dose</legend>
      {value.map((p, i) => (
        <div key={i} className="record-form__row">
          <input
            aria-label={`Product ${i + 1}`}
            placeholder="Product or cocktail"
            value={p.name}
            onChange={(e) => update(i, { name: e.target.value })}
          />
          <input
            aria-label={`Dose ${i + 1}`}
            placeholder="Dose, e.g. 2 ml"
            value={p.dose}
            onChange={(e) => update(i, { dose: e.target.value })}
          />
          <button
            type="button"
            className="btn btn--small"
            aria-label={`Remove product ${i + 1}`}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn btn--small"
        onClick={() => onChange([...value, { name: '', dose: '' }])}
      >
        Add product
      </button>
    </fieldset>
  );
}
