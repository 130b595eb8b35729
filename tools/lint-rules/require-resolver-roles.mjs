// Every GraphQL resolver class must state who may call it (@Roles(...) or @Public()) at class level.
// The global guard already denies a resolver without roles; this rule makes the omission a lint error
// instead of a surprise FORBIDDEN at run time.
export const requireResolverRoles = {
  meta: {
    type: 'problem',
    docs: { description: 'GraphQL resolver classes declare @Roles(...) or @Public() at class level' },
    messages: { missing: 'Resolver class "{{name}}" needs @Roles(...) or @Public() at class level.' },
    schema: [],
  },
  create(context) {
    const decoratorName = (d) => {
      const e = d.expression;
      if (e.type === 'CallExpression' && e.callee.type === 'Identifier') return e.callee.name;
      if (e.type === 'Identifier') return e.name;
      return undefined;
    };
    return {
      ClassDeclaration(node) {
        const names = (node.decorators ?? []).map(decoratorName);
        if (!names.includes('Resolver')) return;
        if (names.includes('Roles') || names.includes('Public')) return;
        context.report({ node: node.id ?? node, messageId: 'missing', data: { name: node.id?.name ?? '?' } });
      },
    };
  },
};

export default { rules: { 'require-resolver-roles': requireResolverRoles } };
