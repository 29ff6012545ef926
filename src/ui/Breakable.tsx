import { Fragment } from 'react';

/**
 * A title whose inclusive forms may wrap after their slash (« éducateur/ | trice »): the browser
 * does not break there on its own, and a long form on a phone with large text then had to break
 * between two letters. `<wbr>` changes neither the text read aloud nor the text copied.
 */
export function Breakable({ text }: { text: string }) {
  const parts = text.split('/');
  if (parts.length === 1) return text;
  return parts.map((part, i) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && (
        <>
          /<wbr />
        </>
      )}
    </Fragment>
  ));
}
