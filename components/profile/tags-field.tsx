"use client";

import { useRef } from "react";
import { controlClass } from "@/components/ui/field";
import { useSyncedValue } from "@/components/profile/use-synced-value";
import type { ConflictCopy, TagCopy } from "@/components/profile/copy";
import { normaliseTags } from "@/lib/tags/normalise-tags";

type Props = {
  name: string;
  copy: TagCopy;
  suggestionsLabel: string;
  conflictCopy: ConflictCopy;
  defaultValue: string;
  suggestions: string[];
  error?: string;
  other?: string;
};

/** Comma-separated tags, with the tags fellow partners use offered as one-click additions. */
export function TagsField({ name, copy, suggestionsLabel, conflictCopy, defaultValue, suggestions, error, other }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, onChange, replace] = useSyncedValue(inputRef, defaultValue);
  const present = new Set(normaliseTags(value));
  const offered = suggestions.filter((tag) => !present.has(tag));
  const ids = { hint: `${name}-hint`, error: `${name}-error` };

  const add = (tag: string) => {
    const current = value.replace(/[\s,]+$/u, "");
    replace(current ? `${current}, ${tag}` : tag);
    inputRef.current?.focus();
  };

  return (
    <div className="space-y-2 rounded-lg border border-dashed border-line bg-surface/60 p-4 sm:p-5">
      <label htmlFor={name} className="font-semibold text-ink">
        {copy.label}
      </label>
      <p id={ids.hint} className="text-sm text-muted">
        {copy.hint}
      </p>
      <input
        ref={inputRef}
        id={name}
        name={name}
        type="text"
        autoComplete="off"
        defaultValue={defaultValue}
        onChange={onChange}
        aria-invalid={error ? true : undefined}
        aria-describedby={[ids.hint, error ? ids.error : null].filter(Boolean).join(" ")}
        className={controlClass(error)}
      />
      {error ? (
        <p id={ids.error} className="text-sm font-medium text-danger-700">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      {offered.length > 0 ? (
        <div className="flex flex-wrap items-center gap-1.5 text-sm">
          <span className="text-muted">{suggestionsLabel}</span>
          {offered.map((tag) => (
            <button
              key={tag}
              type="button"
              onClick={() => add(tag)}
              className="rounded-full border border-brand-200 bg-brand-50 px-2.5 py-0.5 text-brand-700 hover:border-brand-500"
            >
              <span className="sr-only">{copy.add} </span>
              <span aria-hidden="true">+ </span>
              {tag}
            </button>
          ))}
        </div>
      ) : null}
      {other !== undefined ? (
        <div className="rounded-md border border-accent-500/40 bg-accent-100/60 p-3 text-sm">
          <p className="font-semibold text-accent-700">{conflictCopy.otherVersion}</p>
          <p className="mt-1 break-words">{other || conflictCopy.otherEmpty}</p>
          <button
            type="button"
            onClick={() => replace(other)}
            className="mt-2 rounded-md border border-line bg-surface px-3 py-1 font-medium text-brand-700 hover:bg-brand-50"
          >
            {conflictCopy.useOther}
          </button>
        </div>
      ) : null}
    </div>
  );
}
