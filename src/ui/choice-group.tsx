import type { CSSProperties } from 'react';

interface ChoiceGroupProps<T extends string> {
  legend: string;
  /** Form name of the radio buttons, unique on the page. */
  name: string;
  options: readonly T[];
  value: T;
  label: (option: T) => string;
  /** Optional per-option style, e.g. to preview a font. */
  styleOf?: (option: T) => CSSProperties;
  onChange: (option: T) => void;
}

/** A labelled set of radio buttons shown as a row of toggle chips. */
export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  const { legend, name, options, value, label, styleOf, onChange } = props;
  return (
    <fieldset className="mt-4">
      <legend className="text-sm font-semibold">{legend}</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option}
            className="choice-chip flex min-h-10 cursor-pointer items-center rounded-md border border-[var(--rule)] px-3 text-sm"
            style={styleOf?.(option)}
          >
            <input
              type="radio"
              name={name}
              value={option}
              checked={option === value}
              onChange={() => onChange(option)}
              className="mr-2 accent-[var(--accent)]"
            />
            {label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
