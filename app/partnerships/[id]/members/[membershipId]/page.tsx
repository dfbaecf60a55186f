import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoteActionButton } from "@/components/member/note-action-button";
import { NoteForm } from "@/components/member/note-form";
import { VisibleAnswers } from "@/components/member/visible-answers";
import { requireMember } from "@/lib/guards";
import { ANSWER_FIELDS, MISSION_FIELDS, PROFILE_FIELDS, type AnswerField } from "@/lib/leadership/fields";
import { getMemberDetail } from "@/lib/members/get-member-detail";
import { listNotesAbout } from "@/lib/notes/list-notes-about";
import { addNoteAction, deleteNoteAction, removeNoteAction } from "./actions";
import { AlignmentDots } from "@/components/member/alignment-dots";

/** The member as the signed-in viewer may see them; keyed by the ids, so the title and the page share one read. */
const memberFor = cache(async (partnershipId: string, membershipId: string) => {
  const { membership } = await requireMember(partnershipId);
  const member = await getMemberDetail(membership, membershipId);
  if (!member) notFound();
  return { viewer: membership, member };
});

export async function generateMetadata({ params }: PageProps<"/partnerships/[id]/members/[membershipId]">): Promise<Metadata> {
  const { id, membershipId } = await params;
  const { member } = await memberFor(id, membershipId);
  return { title: member.name };
}

export default async function MemberPage({ params }: PageProps<"/partnerships/[id]/members/[membershipId]">) {
  const { id, membershipId } = await params;
  const { viewer, member } = await memberFor(id, membershipId);
  const partnershipId = viewer.partnershipId;
  const [notes, t, tp, tn, format] = await Promise.all([
    listNotesAbout(viewer, member.id),
    getTranslations("member"),
    getTranslations("profile"),
    getTranslations("partnership"),
    getFormatter(),
  ]);
  const labels = Object.fromEntries(ANSWER_FIELDS.map((field) => [field, tp(`fields.${field}.label`)])) as Record<AnswerField, string>;

  return (
    <div className="space-y-8">
      <div>
        <Link href={`/partnerships/${partnershipId}/members`} className="text-sm font-medium text-brand-700 hover:underline">
          <span aria-hidden="true">← </span>
          {tn("tabs.members")}
        </Link>
        <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2">
          <h1 className="font-serif text-3xl font-semibold break-words">{member.name}</h1>
          <span className="rounded bg-brand-50 px-2 py-0.5 text-sm font-medium text-brand-700">{t(`role.${member.role}`)}</span>
          {member.isSelf ? <span className="rounded bg-accent-100 px-2 py-0.5 text-sm font-medium text-accent-700">{t("you")}</span> : null}
        </div>
        {member.organisation ? <p className="mt-1 text-lg text-muted">{member.organisation}</p> : null}
        <p className="mt-2 text-sm text-muted">{t("completeness", { share: member.completeness })}</p>
        {member.isSelf ? (
          <p className="mt-4 max-w-3xl rounded-md border border-brand-200 bg-brand-50 px-4 py-3 text-sm">
            {t("selfNote")}{" "}
            <Link href="/profile" className="font-medium text-brand-700 underline">
              {t("editProfile")}
            </Link>
          </p>
        ) : null}
      </div>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-10">
        <div className="space-y-6">
          <section aria-labelledby="role-title" className="rounded-lg border border-line bg-surface p-5 shadow-sm">
            <h2 id="role-title" className="text-lg font-semibold">
              {t("roleTitle")}
            </h2>
            <dl className="mt-3 grid gap-4 sm:grid-cols-2">
              <div>
                <dt className="text-sm font-semibold text-brand-700">{t("organisation")}</dt>
                <dd className="mt-1 break-words">{member.organisation || <span className="text-muted">{t("notFilled")}</span>}</dd>
              </div>
              <div>
                <dt className="text-sm font-semibold text-brand-700">{t("alignment")}</dt>
                <dd className="mt-1">
                  {member.alignment ? (
                    <span className="flex items-center gap-2">
                      <AlignmentDots value={member.alignment} />
                      {t("alignmentValue", { value: member.alignment })}
                    </span>
                  ) : (
                    <span className="text-muted">{t("notRated")}</span>
                  )}
                  <span className="mt-0.5 block text-xs text-muted">{t("alignmentScale")}</span>
                </dd>
              </div>
              <div className="sm:col-span-2">
                <dt className="text-sm font-semibold text-brand-700">{t("uniqueRole")}</dt>
                <dd className="mt-1 whitespace-pre-line break-words">{member.uniqueRole || <span className="text-muted">{t("notFilled")}</span>}</dd>
              </div>
              <div className="sm:col-span-2">
                <dt className="text-sm font-semibold text-brand-700">{t("missionRelation")}</dt>
                <dd className="mt-1 whitespace-pre-line break-words">
                  {member.missionRelation || <span className="text-muted">{t("notFilled")}</span>}
                </dd>
              </div>
              <div className="sm:col-span-2">
                <dt className="text-sm font-semibold text-brand-700">{t("contributionsTitle")}</dt>
                <dd className="mt-1">
                  {member.contributions.length === 0 ? (
                    <span className="text-muted">{t("noContributions")}</span>
                  ) : (
                    <ul className="space-y-1.5">
                      {member.contributions.map((contribution) => (
                        <li key={contribution.needId} className="break-words">
                          <span className="font-medium">{contribution.title}</span>
                          {contribution.note ? <span className="text-muted"> — {contribution.note}</span> : null}
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
            </dl>
          </section>

          <section aria-labelledby="who-title" className="rounded-lg border border-line bg-surface p-5 shadow-sm">
            <h2 id="who-title" className="text-lg font-semibold">
              {t("whoTitle")}
            </h2>
            <div className="mt-3">
              <VisibleAnswers
                fields={PROFILE_FIELDS}
                answers={member.answers}
                labels={labels}
                tags={{
                  knowledgeSkills: { label: t("skills"), tags: member.skillTags },
                  valuesNorms: { label: t("values"), tags: member.valueTags },
                }}
                revealed={{ fields: member.revealedFields, note: t("revealedCopy") }}
                changed={{ fields: member.changedFields, note: t("changedSinceLastSession") }}
                empty={t("nothingShared")}
              />
            </div>
          </section>

          <section aria-labelledby="what-title" className="rounded-lg border border-line bg-surface p-5 shadow-sm">
            <h2 id="what-title" className="text-lg font-semibold">
              {t("whatTitle")}
            </h2>
            <div className="mt-3">
              <VisibleAnswers
                fields={MISSION_FIELDS}
                answers={member.answers}
                labels={labels}
                revealed={{ fields: member.revealedFields, note: t("revealedCopy") }}
                changed={{ fields: member.changedFields, note: t("changedSinceLastSession") }}
                empty={t("nothingShared")}
              />
            </div>
          </section>
          {member.notSharedCount > 0 ? (
            <p className="flex items-center gap-2 text-sm text-muted">
              <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
                <rect x="3" y="7" width="10" height="7" rx="1.5" />
                <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
              </svg>
              {t("notSharedCount", { count: member.notSharedCount })}
            </p>
          ) : null}
        </div>

        <section aria-labelledby="notes-title" className="space-y-4 lg:self-start">
          <div>
            <h2 id="notes-title" className="text-lg font-semibold">
              {t("notesTitle")}
            </h2>
            <p className="mt-1 text-sm text-muted">{t("notesIntro")}</p>
          </div>
          {notes.some((note) => note.removable) ? (
            <p className="text-sm text-muted">{t(viewer.role === "FACILITATOR" && !member.isSelf ? "removeHintFacilitator" : "removeHintSelf")}</p>
          ) : null}
          {notes.length === 0 ? (
            <p className="rounded-lg border border-dashed border-line p-4 text-sm text-muted">{t("noNotes")}</p>
          ) : (
            <ul className="space-y-3">
              {notes.map((note) => {
                const date = format.dateTime(note.createdAt, { dateStyle: "medium" });
                const byline = t("byline", { name: note.mine ? t("byYou") : note.authorName, date });
                if (note.removed) {
                  // Only its author is given a removed note: the words are theirs, nobody else sees them.
                  return (
                    <li key={note.id} className="rounded-lg border border-dashed border-line bg-surface p-4">
                      <article aria-labelledby={`note-${note.id}-kind`}>
                        <div className="flex items-start justify-between gap-2">
                          <p id={`note-${note.id}-kind`} className="text-xs font-semibold uppercase tracking-wide text-muted">
                            {t(`kind.${note.kind}`)}
                          </p>
                          <NoteActionButton
                            action={deleteNoteAction}
                            partnershipId={partnershipId}
                            noteId={note.id}
                            label={t("deleteNote")}
                            describedBy={`note-${note.id}-removed`}
                          />
                        </div>
                        <p id={`note-${note.id}-removed`} className="mt-1 font-medium">
                          {t("removedNote")}
                        </p>
                        <p className="mt-1 text-sm text-muted">{t("removedNoteHint")}</p>
                        <details className="mt-2 text-sm">
                          <summary className="cursor-pointer font-medium text-brand-700">{t("removedNoteText")}</summary>
                          <p className="mt-1 whitespace-pre-line break-words text-muted">{note.body}</p>
                        </details>
                        <p className="mt-2 text-sm text-muted">{byline}</p>
                      </article>
                    </li>
                  );
                }
                return (
                  <li
                    key={note.id}
                    className={`rounded-lg border p-4 ${note.kind === "APPRECIATION" ? "border-brand-200 bg-brand-50/60" : "border-accent-500/30 bg-accent-100/40"}`}
                  >
                    <article aria-labelledby={`note-${note.id}-kind`}>
                      <div className="flex items-start justify-between gap-2">
                        <p id={`note-${note.id}-kind`} className="text-xs font-semibold uppercase tracking-wide text-muted">
                          {t(`kind.${note.kind}`)}
                        </p>
                        {note.mine ? (
                          <NoteActionButton
                            action={deleteNoteAction}
                            partnershipId={partnershipId}
                            noteId={note.id}
                            label={t("deleteNote")}
                            describedBy={`note-${note.id}-body`}
                          />
                        ) : note.removable ? (
                          <NoteActionButton
                            action={removeNoteAction}
                            partnershipId={partnershipId}
                            noteId={note.id}
                            label={t("removeNote")}
                            accessibleName={t("removeNoteFrom", { name: note.authorName })}
                            describedBy={`note-${note.id}-body`}
                          />
                        ) : null}
                      </div>
                      <p id={`note-${note.id}-body`} className="mt-1 whitespace-pre-line break-words">
                        {note.body}
                      </p>
                      <p className="mt-2 text-sm text-muted">{byline}</p>
                    </article>
                  </li>
                );
              })}
            </ul>
          )}
          {member.isSelf ? null : (
            <NoteForm
              action={addNoteAction}
              partnershipId={partnershipId}
              subjectId={member.id}
              copy={{
                title: t("newNoteTitle", { name: member.name }),
                kindLegend: t("kindLegend"),
                kinds: [
                  { value: "APPRECIATION", label: t("kindAppreciation") },
                  { value: "QUESTION", label: t("kindQuestion") },
                ],
                body: t("body"),
                bodyHint: t("bodyHint", { name: member.name }),
                submit: t("leaveNote"),
              }}
            />
          )}
        </section>
      </div>
    </div>
  );
}
