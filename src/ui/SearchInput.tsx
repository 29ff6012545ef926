import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';

/**
 * A search field whose value lives in the URL: it shows what the URL says, reports every
 * keystroke, and never lets a late URL update overwrite what is being typed.
 */
export function SearchInput({
  value,
  onValueChange,
  ...props
}: { value: string; onValueChange: (value: string) => void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange'
>) {
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(value);
  useEffect(() => {
    if (document.activeElement !== input.current) setText(value);
  }, [value]);
  return (
    <input
      ref={input}
      type="search"
      autoComplete="off"
      enterKeyHint="search"
      className="input"
      {...props}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onValueChange(e.target.value);
      }}
    />
  );
}
