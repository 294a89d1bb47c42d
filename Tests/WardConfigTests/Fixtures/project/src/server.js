const kind = "Pod";
console.log(`apiVersion: v1, kind: ${kind}`);
