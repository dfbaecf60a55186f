"use client";

import { useRef } from "react";
import { useTranslations } from "next-intl";
import { controlClass } from "@/components/ui/field";
import { useSyncedValue } from "@/components/profile/use-synced-value";
import type { AudienceCopy, ConflictCopy, VisibilityCopy } from "@/components/profile/copy";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { VISIBILITIES } from "@/lib/leadership/fields";

type Props = {
  name: string;
  label: string;
  prompt: string;
  /** Where a copy of this answer is revealed, said beside who can read it. */
  revealedIn?: string;
  defaultValue: string;
  defaultVisibility: string;
  max: number;
  error?: string;
  visibilityError?: string;
  copy: VisibilityCopy;
  conflictCopy: ConflictCopy;
  /** The answer as stored meanwhile elsewhere, when it differs from what is in the field. */
  other?: { text: string; visibility: string };
};

function isVisibility(value: string): value is Visibility {
  return (VISIBILITIES as readonly string[]).includes(value);
}

/** One answer: its reflection prompt, a live character count, and who will be able to read it. */
export function AnswerField({ name, label, prompt, revealedIn, defaultValue, defaultVisibility, max, error, visibilityError, copy, conflictCopy, other }: Props) {
  const t = useTranslations("common");
  const textRef = useRef<HTMLTextAreaElement>(null);
  const visibilityRef = useRef<HTMLSelectElement>(null);
  const [text, onTextChange, replaceText] = useSyncedValue(textRef, defaultValue);
  const [visibility, onVisibilityChange, replaceVisibility] = useSyncedValue(visibilityRef, defaultVisibility);
  const visibilityName = `${name}Visibility`;
  const left = max - text.length;
  const shown = isVisibility(visibility) ? visibility : "ONLY_ME";
  const ids = { hint: `${name}-hint`, count: `${name}-count`, error: `${name}-error`, visibleTo: `${name}-visible-to` };

  return (
    <div className="space-y-2 rounded-lg border border-line bg-surface p-4 sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <label htmlFor={name} className="font-semibold text-ink">
          {label}
        </label>
        <div className="flex items-center gap-2 text-sm">
          <label htmlFor={visibilityName} className="text-muted">
            <span className="sr-only">{label} </span>
            {copy.visibility}
          </label>
          <select
            ref={visibilityRef}
            id={visibilityName}
            name={visibilityName}
            defaultValue={defaultVisibility}
            onChange={onVisibilityChange}
            aria-describedby={[ids.visibleTo, visibilityError ? `${visibilityName}-error` : null].filter(Boolean).join(" ")}
            aria-invalid={visibilityError ? true : undefined}
            className="rounded-md border border-line bg-surface py-1 pl-2 pr-7 text-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-500"
          >
            {VISIBILITIES.map((option) => (
              <option key={option} value={option}>
                {copy.options[option]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id={ids.hint} className="text-sm text-muted">
        {prompt}
      </p>
      <textarea
        ref={textRef}
        id={name}
        name={name}
        rows={4}
        defaultValue={defaultValue}
        onChange={onTextChange}
        aria-invalid={error ? true : undefined}
        aria-describedby={[ids.hint, ids.count, error ? ids.error : null].filter(Boolean).join(" ")}
        className={`${controlClass(error)} min-h-24 resize-y`}
      />
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 text-sm">
        <p id={ids.count} className={left < 0 ? "font-medium text-danger-700" : "text-muted"}>
          {left < 0 ? t("charactersOver", { count: -left }) : t("charactersLeft", { count: left })}
        </p>
        <div id={ids.visibleTo} className="min-w-0 max-w-full space-y-1 text-muted sm:max-w-[70%] sm:text-right">
          <p className="flex items-center gap-1.5 sm:justify-end">
            <VisibilityIcon visibility={shown} />
            {copy.visibleTo[shown]}
          </p>
          <Audience copy={copy.audience[shown]} />
          {revealedIn ? <p className="font-medium text-accent-700">{revealedIn}</p> : null}
        </div>
      </div>
      {error ? (
        <p id={ids.error} className="text-sm font-medium text-danger-700">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      {visibilityError ? (
        <p id={`${visibilityName}-error`} className="text-sm font-medium text-danger-700">
          <span aria-hidden="true">⚠ </span>
          {visibilityError}
        </p>
      ) : null}
      {other ? (
        <OtherVersion
          copy={conflictCopy}
          text={other.text}
          visibility={isVisibility(other.visibility) ? copy.options[other.visibility] : other.visibility}
          onUse={() => {
            replaceText(other.text);
            replaceVisibility(other.visibility);
          }}
        />
      ) : null}
    </div>
  );
}

function OtherVersion({ copy, text, visibility, onUse }: { copy: ConflictCopy; text: string; visibility: string; onUse: () => void }) {
  return (
    <div className="rounded-md border border-accent-500/40 bg-accent-100/60 p-3 text-sm">
      <p className="font-semibold text-accent-700">{copy.otherVersion}</p>
      <p className="mt-1 whitespace-pre-line break-words text-ink">{text || copy.otherEmpty}</p>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-muted">
          {copy.otherVisibility} {visibility}
        </p>
        <button type="button" onClick={onUse} className="rounded-md border border-line bg-surface px-3 py-1 font-medium text-brand-700 hover:bg-brand-50">
          {copy.useOther}
        </button>
      </div>
    </div>
  );
}

/** Who can read it now, as people; a long list of names opens on demand. */
function Audience({ copy }: { copy: AudienceCopy }) {
  if (!copy.summary) return null;
  return (
    <div>
      <p>{copy.summary}</p>
      {copy.names.length > 0 ? (
        <details className="mt-0.5 text-left">
          <summary className="cursor-pointer text-brand-700 underline-offset-2 hover:underline sm:text-right">{copy.showNames}</summary>
          <ul className="mt-1 max-h-48 list-disc overflow-y-auto pl-5 text-ink">
            {copy.names.map((reader) => (
              <li key={reader}>{reader}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/** A lock, two people or a group: the same meaning as the text beside it. */
function VisibilityIcon({ visibility }: { visibility: Visibility }) {
  const common = { width: 16, height: 16, viewBox: "0 0 16 16", "aria-hidden": true, fill: "none", stroke: "currentColor", strokeWidth: 1.5 } as const;
  if (visibility === "ONLY_ME") {
    return (
      <svg {...common}>
        <rect x="3" y="7" width="10" height="7" rx="1.5" />
        <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
      </svg>
    );
  }
  if (visibility === "FACILITATORS") {
    return (
      <svg {...common}>
        <circle cx="6" cy="5.5" r="2.2" />
        <path d="M2 13.5c.4-2.4 2-3.8 4-3.8s3.6 1.4 4 3.8" />
        <path d="M11 4.5l1 1 2-2" />
      </svg>
    );
  }
  return (
    <svg {...common}>
      <circle cx="5" cy="6" r="2" />
      <circle cx="11" cy="6" r="2" />
      <path d="M1.5 13.5c.3-2 1.7-3.2 3.5-3.2s3.2 1.2 3.5 3.2M7.5 13.5c.3-2 1.7-3.2 3.5-3.2s3.2 1.2 3.5 3.2" />
    </svg>
  );
}
