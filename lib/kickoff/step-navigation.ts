/**
 * The step the session moves to from `current`, passing over skipped steps; null when there is
 * none in that direction.
 */
export function neighbourStep(steps: readonly { skipped: boolean }[], current: number, direction: 1 | -1): number | null {
  for (let index = current + direction; index >= 0 && index < steps.length; index += direction) {
    if (!steps[index]?.skipped) return index;
  }
  return null;
}
