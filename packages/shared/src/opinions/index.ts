export * from "./machine";
export * from "./enums";
export * from "./schemas";
