/**
 * A workflow as data: states, and transitions naming who may fire them. The server enforces it
 * (one mutation per transition), the SPAs read it to decide which buttons to show.
 */
export interface Transition<S extends string, A extends string, R extends string> {
  action: A;
  from: readonly S[];
  to: S;
  roles: readonly R[];
}

export interface Machine<S extends string, A extends string, R extends string> {
  name: string;
  states: readonly S[];
  transitions: readonly Transition<S, A, R>[];
}

export function defineMachine<S extends string, A extends string, R extends string>(m: Machine<S, A, R>) {
  return m;
}

export function findTransition<S extends string, A extends string, R extends string>(
  m: Machine<S, A, R>,
  from: S,
  action: A,
): Transition<S, A, R> | undefined {
  return m.transitions.find((t) => t.action === action && t.from.includes(from));
}

export function canFire<S extends string, A extends string, R extends string>(
  m: Machine<S, A, R>,
  from: S,
  action: A,
  roles: readonly R[],
): boolean {
  const t = findTransition(m, from, action);
  return !!t && t.roles.some((r) => roles.includes(r));
}

export function availableActions<S extends string, A extends string, R extends string>(
  m: Machine<S, A, R>,
  from: S,
  roles: readonly R[],
): A[] {
  return m.transitions.filter((t) => t.from.includes(from) && t.roles.some((r) => roles.includes(r))).map((t) => t.action);
}
