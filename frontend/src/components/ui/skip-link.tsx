// The kit's Skiplink drops its children unless rendered as a navigation list: this is its markup, by hand.
export function SkipLink({ target, children }: { target: string; children: string }) {
  return (
    <div className="skiplinks">
      <a className="visually-hidden-focusable" href={`#${target}`}>
        {children}
      </a>
    </div>
  );
}
