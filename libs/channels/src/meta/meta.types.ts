/** The two channels that share Meta's Messenger Platform `messaging[]` shape. */
export type MetaChannel = 'messenger' | 'instagram';

/** Who sent a `messaging[]` item to whom, and when (epoch ms). */
export interface MetaParties {
  senderId: string;
  recipientId: string;
  timestamp: number;
}
