import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionNode,
} from 'graphql';

/**
 * The fields the operation asks of the stories a resolver returns, as paths below Story (`title`,
 * `consent.evidenceReference`), through fragments and honouring @skip and @include. The audit needs
 * them when the stories are handed out, so that every storyteller read of the request is known at
 * once and written in one statement (see audit/storyteller-reads.ts).
 *
 * `at` says where the stories sit below the resolver's field: nothing for the field itself (a story,
 * a list of stories, an `_entities` answer), `['nodes'], ['edges', 'node']` for a connection.
 */
export function askedStoryFields(info: GraphQLResolveInfo, ...at: string[][]): string[] {
  const paths = new Set<string>();
  const storyNodes =
    at.length === 0 ? [...info.fieldNodes] : at.flatMap((path) => descend(info, info.fieldNodes, path));
  for (const field of fieldsOn(info, storyNodes, 'Story')) {
    const name = field.name.value;
    if (name !== 'consent') {
      paths.add(name);
      continue;
    }
    for (const consentField of fieldsOn(info, [field], 'Consent')) {
      if (consentField.name.value !== '__typename') paths.add(`consent.${consentField.name.value}`);
    }
  }
  return [...paths].sort();
}

/** The field nodes reached by following `path` (field names, aliases ignored) below `nodes`. */
function descend(info: GraphQLResolveInfo, nodes: readonly FieldNode[], path: string[]): FieldNode[] {
  let current = [...nodes];
  for (const name of path) {
    current = current
      .flatMap((node) => subfields(info, node.selectionSet?.selections ?? [], null))
      .filter((node) => node.name.value === name);
  }
  return current;
}

/** The fields selected on an object of `typeName` below `nodes`. */
function fieldsOn(info: GraphQLResolveInfo, nodes: readonly FieldNode[], typeName: string): FieldNode[] {
  return nodes.flatMap((node) => subfields(info, node.selectionSet?.selections ?? [], typeName));
}

/**
 * The fields of a selection set that apply to `typeName` (null: any type), with fragments spread.
 * A fragment on an abstract type applies when `typeName` is one of its possible types.
 */
function subfields(
  info: GraphQLResolveInfo,
  selections: readonly SelectionNode[],
  typeName: string | null,
): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selections) {
    if (!included(info, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      fields.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (applies(info, selection.typeCondition?.name.value, typeName)) {
        fields.push(...subfields(info, selection.selectionSet.selections, typeName));
      }
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment && applies(info, fragment.typeCondition.name.value, typeName)) {
        fields.push(...subfields(info, fragment.selectionSet.selections, typeName));
      }
    }
  }
  return fields;
}

function included(info: GraphQLResolveInfo, node: SelectionNode): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}

function applies(info: GraphQLResolveInfo, condition: string | undefined, typeName: string | null): boolean {
  if (!condition || !typeName || condition === typeName) return true;
  const conditionType = info.schema.getType(condition);
  const type = info.schema.getType(typeName);
  return isAbstractType(conditionType) && isObjectType(type) && info.schema.isSubType(conditionType, type);
}
