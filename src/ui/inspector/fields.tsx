/**
 * Form controls of the inspector. Text fields keep what the user types as a local draft and commit it on
 * blur or Enter, so one field change is one undo step (never one per keystroke); text that does not parse
 * stays in the field with an inline message and never reaches the document. Escape drops the draft.
 */
import { useId, useState, type ReactNode } from 'react';
import type { Parsed } from './field-validation';

interface TextFieldProps<T> {
  label: string;
  value: string;
  parse: (text: string) => Parsed<T>;
  onCommit: (value: T) => void;
  multiline?: boolean;
  placeholder?: string;
  hint?: ReactNode;
  /** Suggestions offered by the browser (a datalist). */
  suggestions?: readonly string[];
  testId?: string;
}

export function TextField<T>({ label, value, parse, onCommit, multiline, placeholder, hint, suggestions, testId }: TextFieldProps<T>) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const shown = draft ?? value;

  const commit = () => {
    if (draft === null) return;
    const parsed = parse(draft);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(undefined);
    setDraft(null);
    onCommit(parsed.value);
  };
  const revert = () => {
    setDraft(null);
    setError(undefined);
  };
  const common = {
    id,
    value: shown,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
    'data-testid': testId,
    onBlur: commit,
  } as const;

  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) commit();
            if (e.key === 'Escape') revert();
          }}
        />
      ) : (
        <input
          {...common}
          type="text"
          spellCheck={false}
          list={suggestions ? `${id}-list` : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            }
            if (e.key === 'Escape') revert();
          }}
        />
      )}
      {suggestions && (
        <datalist id={`${id}-list`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : (
        hint && (
          <p className="field-hint" id={`${id}-hint`}>
            {hint}
          </p>
        )
      )}
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export function SelectField(props: { label: string; value: string; options: readonly SelectOption[]; onChange: (value: string) => void; hint?: ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)} aria-describedby={props.hint ? `${id}-hint` : undefined}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
      {props.hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

export function CheckboxField(props: { label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string }) {
  const id = useId();
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      <label htmlFor={id} title={props.hint}>
        {props.label}
      </label>
    </div>
  );
}

/** A derived or fixed value: shown, not edited. An output element keeps it reachable by its label. */
export function ReadOnlyField(props: { label: string; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <div className="field field-readonly">
      <label htmlFor={id}>{props.label}</label>
      <output id={id} data-testid={props.testId}>
        {props.children}
      </output>
    </div>
  );
}
