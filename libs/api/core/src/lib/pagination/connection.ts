import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page ends; pass endCursor as `after` for the next page.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /**
   * The count, or a lazy one (see `lazily`): GraphQL awaits it only when the query selects totalCount, so
   * a page that does not show it never runs the count.
   */
  totalCount: number | PromiseLike<number>;
}

/**
 * The same page with each node mapped (an entity or row to its DTO). Each cursor stays a getter: it is
 * encoded only if the query reads it, which a page asking only for nodes never does.
 */
export function mapNodes<T, U>(page: ConnectionResult<T>, map: (node: T) => U): ConnectionResult<U> {
  return {
    ...page,
    edges: page.edges.map((edge) => ({
      node: map(edge.node),
      get cursor() {
        return edge.cursor;
      },
    })),
  };
}

/** Builds the `<Name>Edge` and an abstract connection type for a node type. */
export function Connection<T>(nodeType: Type<T>, name: string): Type<ConnectionResult<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<T> {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements ConnectionResult<T> {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'All matches, not only this page' })
    totalCount!: number | PromiseLike<number>;
  }
  return ConnectionType as unknown as Type<ConnectionResult<T>>;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string | null;
}
