/**
 * The embed's height messages to its host page, in the pym.js and AMP (@newswire/frames)
 * conventions: part of the public protocol (protocol.ts, README "Embedding"), apart from it
 * because they are sent from the entry's first moment, while the atlas:* messages wait for the
 * host bridge, which loads later.
 */

/** pym.js's child-to-parent height message. */
export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(height)].join('xPYMx');
}

/** AMP's (and @newswire/frames') resize request. */
export function ampSizeMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}
