import type { Kysely } from 'kysely';
import type { AttachmentDraft } from '../../domain/contributions';
import type { FieldCipher } from '../crypto/field-cipher';
import type { KoersSchema } from './schema';

export interface AttachedFile {
  contributionId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/** The files kept with contributions, read back: counted, listed, or opened in full. */
export class AttachmentsStore {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly cipher: FieldCipher,
  ) {}

  async attachmentsOf(contributionId: string): Promise<(AttachmentDraft & { id: string })[]> {
    const rows = await this.db
      .selectFrom('attachments')
      .selectAll()
      .where('contribution_id', '=', contributionId)
      .orderBy('created_at')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      fileName: this.cipher.decryptText(
        { keyId: row.key_id, data: row.file_name },
        `attachments.file_name:${row.id}`,
      ),
      contentType: row.content_type,
      bytes: this.cipher.decryptBytes(
        { keyId: row.key_id, data: row.content },
        `attachments.content:${row.id}`,
      ),
    }));
  }

  /** What files these contributions carry: names and sizes only, the contents stay sealed. */
  async fileListOf(contributionIds: readonly string[]): Promise<AttachedFile[]> {
    if (contributionIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('attachments')
      .select(['id', 'contribution_id', 'file_name', 'content_type', 'size_bytes', 'key_id'])
      .where('contribution_id', 'in', [...contributionIds])
      .orderBy('created_at')
      .execute();
    return rows.map((row) => ({
      contributionId: row.contribution_id,
      fileName: this.cipher.decryptText(
        { keyId: row.key_id, data: row.file_name },
        `attachments.file_name:${row.id}`,
      ),
      contentType: row.content_type,
      sizeBytes: Number(row.size_bytes),
    }));
  }

  /** Which kinds of file these contributions carry, for counting: nothing is decrypted. */
  async fileTypesOf(
    contributionIds: readonly string[],
  ): Promise<{ contributionId: string; contentType: string }[]> {
    if (contributionIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('attachments')
      .select(['contribution_id', 'content_type'])
      .where('contribution_id', 'in', [...contributionIds])
      .execute();
    return rows.map((row) => ({
      contributionId: row.contribution_id,
      contentType: row.content_type,
    }));
  }
}
