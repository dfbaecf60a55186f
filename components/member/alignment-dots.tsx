/** Alignment 1–5 as five dots (the number itself is said next to them). */
export function AlignmentDots({ value }: { value: number | null }) {
  return (
    <span className="dots" aria-hidden="true">
      {[1, 2, 3, 4, 5].map((level) => (
        <i key={level} className={value !== null && level <= value ? "on" : undefined} />
      ))}
    </span>
  );
}
