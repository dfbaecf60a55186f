import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/partnership/action-button";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/action-state";

type Props = {
  partnershipId: string;
  /** The viewer is the only facilitator: leaving would orphan the partnership. */
  lastFacilitator: boolean;
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
};

export async function LeavePartnership({ partnershipId, lastFacilitator, action }: Props) {
  const t = await getTranslations("members");
  return (
    <section aria-labelledby="leave-title" className="space-y-3 rounded-lg border border-line bg-surface p-5 shadow-sm sm:p-6">
      <h2 id="leave-title" className="font-serif text-xl font-semibold">
        {t("leaveTitle")}
      </h2>
      <p className="text-sm text-muted">{t("leaveText")}</p>
      {lastFacilitator ? (
        <>
          <p id="leave-blocked" className="rounded-md bg-accent-100 px-3 py-2 text-sm text-accent-700">
            {t("lastFacilitator")}
          </p>
          <Button variant="secondary" disabled aria-describedby="leave-blocked" className="px-3 py-1.5 text-sm">
            {t("leave")}
          </Button>
        </>
      ) : (
        <ActionButton
          action={action}
          fields={{ partnershipId }}
          variant="secondary"
          className="text-danger-700"
          confirm={{ question: t("leaveQuestion"), confirmLabel: t("confirmLeave"), cancelLabel: t("cancel") }}
        >
          {t("leave")}
        </ActionButton>
      )}
    </section>
  );
}
