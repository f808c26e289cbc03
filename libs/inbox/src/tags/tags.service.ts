import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Raw, Repository } from 'typeorm';
import type { TagDto } from '@parley/contracts';
import { TagEntity } from '@parley/core';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../access/actor.js';

const toDto = (t: TagEntity): TagDto => ({ id: t.id, name: t.name, color: t.color });

/** Tags are shared by everyone; agents apply them, managers and admins curate the list. */
@Injectable()
export class TagsService {
  constructor(@InjectRepository(TagEntity) private readonly tags: Repository<TagEntity>, private readonly access: AccessService) {}

  async list(): Promise<TagDto[]> {
    return (await this.tags.find({ order: { name: 'ASC' } })).map(toDto);
  }

  async create(actor: Actor, input: { name: string; color?: string | null }): Promise<TagDto> {
    this.access.assertRole(actor, ['admin', 'manager'], 'create tags');
    await this.assertFree(input.name);
    return toDto(await this.tags.save(this.tags.create({ name: input.name.trim(), color: input.color ?? null })));
  }

  async update(actor: Actor, id: string, input: { name?: string; color?: string | null }): Promise<TagDto> {
    this.access.assertRole(actor, ['admin', 'manager'], 'edit tags');
    const tag = await this.tags.findOneBy({ id });
    if (!tag) throw new NotFoundException('Tag not found');
    if (input.name !== undefined && input.name.trim().toLowerCase() !== tag.name.toLowerCase()) await this.assertFree(input.name);
    if (input.name !== undefined) tag.name = input.name.trim();
    if (input.color !== undefined) tag.color = input.color;
    return toDto(await this.tags.save(tag));
  }

  async remove(actor: Actor, id: string): Promise<void> {
    this.access.assertRole(actor, ['admin', 'manager'], 'delete tags');
    const result = await this.tags.delete({ id });
    if (!result.affected) throw new NotFoundException('Tag not found');
  }

  private async assertFree(name: string): Promise<void> {
    const taken = await this.tags.exists({ where: { name: Raw((col) => `lower(${col}) = lower(:n)`, { n: name.trim() }) } });
    if (taken) throw new ConflictException(`A tag named "${name.trim()}" already exists`);
  }
}
