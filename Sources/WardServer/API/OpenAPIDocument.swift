// Generated from docs/openapi.json by scripts/generate-openapi-swift.sh; do not edit.
/// The OpenAPI 3.1 description of the API, served at /api/v1/openapi.json.
enum OpenAPIDocument {
    static let json = ##"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "Ward platform API",
    "version": "1.0.0",
    "description": "The JSON API of `ward serve`: scans in, findings with their lifecycle out. Every error answers `{\"error\": {\"status\", \"message\"}}`. Dates are ISO 8601 strings in UTC; optional fields are omitted when they have no value, never null. Lists are paginated with an opaque `next` cursor.",
    "license": {
      "name": "Apache-2.0",
      "identifier": "Apache-2.0"
    }
  },
  "servers": [
    {
      "url": "http://127.0.0.1:8080",
      "description": "`ward serve` with its defaults"
    }
  ],
  "security": [
    {
      "bearerAuth": []
    },
    {
      "sessionCookie": []
    }
  ],
  "tags": [
    {
      "name": "operations"
    },
    {
      "name": "projects"
    },
    {
      "name": "scans"
    },
    {
      "name": "findings"
    },
    {
      "name": "audit"
    },
    {
      "name": "admin"
    },
    {
      "name": "governance"
    },
    {
      "name": "knowledge"
    },
    {
      "name": "analytics"
    }
  ],
  "paths": {
    "/health": {
      "get": {
        "operationId": "getHealth",
        "summary": "Liveness and database readiness",
        "tags": [
          "operations"
        ],
        "responses": {
          "200": {
            "description": "The server and its database answer.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Health"
                }
              }
            }
          },
          "503": {
            "description": "The database does not answer.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Health"
                }
              }
            }
          }
        },
        "security": []
      }
    },
    "/metrics": {
      "get": {
        "operationId": "getMetrics",
        "summary": "Prometheus metrics",
        "tags": [
          "operations"
        ],
        "responses": {
          "200": {
            "description": "Prometheus text exposition format 0.0.4: request counts and durations by route, open and overdue findings.",
            "content": {
              "text/plain": {
                "schema": {
                  "type": "string"
                }
              }
            }
          }
        },
        "security": []
      }
    },
    "/api/v1/openapi.json": {
      "get": {
        "operationId": "getOpenAPI",
        "summary": "This document",
        "tags": [
          "operations"
        ],
        "responses": {
          "200": {
            "description": "The OpenAPI 3.1 description of this API.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object"
                }
              }
            }
          }
        },
        "security": []
      }
    },
    "/api/v1/projects": {
      "get": {
        "operationId": "listProjects",
        "summary": "Projects the caller may see",
        "tags": [
          "projects"
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProjectPage"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      },
      "post": {
        "operationId": "createProject",
        "summary": "Create a project (security and admin)",
        "tags": [
          "projects"
        ],
        "responses": {
          "201": {
            "description": "Created.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Project"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          }
        },
        "description": "404 when the named team does not exist.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateProjectRequest"
              }
            }
          }
        }
      }
    },
    "/api/v1/projects/{key}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ProjectKey"
        }
      ],
      "get": {
        "operationId": "getProject",
        "summary": "One project",
        "tags": [
          "projects"
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Project"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api/v1/projects/{key}/profile": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ProjectKey"
        }
      ],
      "put": {
        "operationId": "updateProjectProfile",
        "summary": "Replace a project's security profile (security and admin)",
        "tags": [
          "projects"
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Project"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          }
        },
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProjectProfileRequest"
              }
            }
          }
        }
      }
    },
    "/api/v1/projects/{key}/findings": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ProjectKey"
        }
      ],
      "get": {
        "operationId": "listProjectFindings",
        "summary": "Findings of one project",
        "tags": [
          "findings"
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FindingPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/state"
          },
          {
            "$ref": "#/components/parameters/severity"
          },
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/tool"
          },
          {
            "$ref": "#/components/parameters/rule"
          },
          {
            "$ref": "#/components/parameters/cwe"
          },
          {
            "$ref": "#/components/parameters/path"
          },
          {
            "$ref": "#/components/parameters/overdue"
          },
          {
            "$ref": "#/components/parameters/q"
          },
          {
            "$ref": "#/components/parameters/sort"
          },
          {
            "$ref": "#/components/parameters/order"
          },
          {
            "$ref": "#/components/parameters/FindingCursor"
          },
          {
            "$ref": "#/components/parameters/limit"
          }
        ]
      }
    },
    "/api/v1/projects/{key}/scans": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ProjectKey"
        }
      ],
      "get": {
        "operationId": "listProjectScans",
        "summary": "Scans of one project, newest first, 50 a page",
        "tags": [
          "scans"
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ScanPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/IdCursor"
          }
        ]
      },
      "post": {
        "operationId": "uploadScan",
        "summary": "Upload a scan report",
        "tags": [
          "scans"
        ],
        "responses": {
          "201": {
            "description": "Imported as one scan.",
            "headers": {
              "Location": {
                "schema": {
                  "type": "string"
                },
                "description": "/api/v1/scans/{id}"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UploadResult"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          }
        },
        "description": "A token created with create-projects (or an admin or security user) creates the project on first upload. Auditors cannot upload (403); a project the caller may not see is 404; 413 over the server's upload limit.",
        "parameters": [
          {
            "name": "format",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "auto",
                "sarif",
                "ward"
              ]
            },
            "description": "Report format; `auto` (default) detects it."
          },
          {
            "name": "branch",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200,
              "default": "main"
            },
            "description": "Branch scanned."
          },
          {
            "name": "commit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "description": "Commit scanned."
          },
          {
            "name": "kinds",
            "in": "query",
            "required": false,
            "schema": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/FindingKind"
              }
            },
            "description": "Kinds of problem the scan looked for (its scope: findings of these kinds missing from it become fixed). Default: the kinds found plus secret (Ward JSON) or code (other formats).",
            "style": "form",
            "explode": true
          },
          {
            "name": "tools",
            "in": "query",
            "required": false,
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "description": "Tools that ran (default: those named in the report).",
            "style": "form",
            "explode": true
          }
        ],
        "requestBody": {
          "required": true,
          "description": "Ward JSON or SARIF 2.1.0; the format is detected unless `format` names it. Imported in one transaction: all of the scan or nothing.",
          "content": {
            "application/json": {
              "schema": {
                "oneOf": [
                  {
                    "$ref": "#/components/schemas/WardReport"
                  },
                  {
                    "$ref": "#/components/schemas/SARIFLog"
                  }
                ]
              }
            },
            "application/sarif+json": {
              "schema": {
                "$ref": "#/components/schemas/SARIFLog"
              }
            }
          }
        }
      }
    },
    "/api/v1/projects/{key}/gate": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ProjectKey"
        }
      ],
      "get": {
        "operationId": "getProjectGate",
        "summary": "The platform's policy gate for a scan",
        "tags": [
          "scans"
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Gate"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        },
        "description": "Judges the scan (default: the latest) by the project's baseline: required scan kinds in the pipeline (the scan's branch, last 24 hours), new findings, finding age, banned components and activities. Without a baseline, the default gate: new high or worse findings and overdue critical ones. Every evaluation is recorded as a `gate.evaluate` event.",
        "parameters": [
          {
            "name": "scan",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer"
            },
            "description": "Scan id (default: the project's latest scan)."
          },
          {
            "name": "fail-on",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Severity"
            },
            "description": "Fail on new findings at or above this severity (default high)."
          },
          {
            "name": "release",
            "in": "query",
            "required": false,
            "schema": {
              "type": "boolean",
              "default": false
            },
            "description": "The pipeline produces a release: each-release activities are checked."
          }
        ]
      }
    },
    "/api/v1/scans": {
      "get": {
        "operationId": "listScans",
        "summary": "Scans the caller may see, newest first, 50 a page",
        "tags": [
          "scans"
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ScanPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/IdCursor"
          }
        ]
      }
    },
    "/api/v1/scans/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ScanID"
        }
      ],
      "get": {
        "operationId": "getScan",
        "summary": "One scan and what it changed",
        "tags": [
          "scans"
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ScanDetail"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api/v1/findings": {
      "get": {
        "operationId": "listFindings",
        "summary": "Findings across the projects the caller may see",
        "tags": [
          "findings"
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FindingPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        },
        "parameters": [
          {
            "name": "project",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "description": "Only this project (key)."
          },
          {
            "$ref": "#/components/parameters/state"
          },
          {
            "$ref": "#/components/parameters/severity"
          },
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/tool"
          },
          {
            "$ref": "#/components/parameters/rule"
          },
          {
            "$ref": "#/components/parameters/cwe"
          },
          {
            "$ref": "#/components/parameters/path"
          },
          {
            "$ref": "#/components/parameters/overdue"
          },
          {
            "$ref": "#/components/parameters/q"
          },
          {
            "$ref": "#/components/parameters/sort"
          },
          {
            "$ref": "#/components/parameters/order"
          },
          {
            "$ref": "#/components/parameters/FindingCursor"
          },
          {
            "$ref": "#/components/parameters/limit"
          }
        ]
      }
    },
    "/api/v1/findings/transition": {
      "post": {
        "operationId": "transitionFindings",
        "summary": "Move several findings to a state at once",
        "tags": [
          "findings"
        ],
        "responses": {
          "200": {
            "description": "The findings after the change (no `next`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FindingPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          }
        },
        "description": "All or nothing: 404 when any id is unknown or not visible.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BulkTransitionRequest"
              }
            }
          }
        }
      }
    },
    "/api/v1/findings/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/FindingID"
        }
      ],
      "get": {
        "operationId": "getFinding",
        "summary": "One finding with its sources and occurrences",
        "tags": [
          "findings"
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FindingDetail"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api/v1/findings/{id}/events": {
      "parameters": [
        {
          "$ref": "#/components/parameters/FindingID"
        }
      ],
      "get": {
        "operationId": "listFindingEvents",
        "summary": "A finding's history, oldest first",
        "tags": [
          "findings"
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EventPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api/v1/findings/{id}/transition": {
      "parameters": [
        {
          "$ref": "#/components/parameters/FindingID"
        }
      ],
      "post": {
        "operationId": "transitionFinding",
        "summary": "Move a finding to a state, with a reason",
        "tags": [
          "findings"
        ],
        "responses": {
          "200": {
            "description": "The finding after the change.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Finding"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          }
        },
        "description": "Auditors cannot triage; only security and admin users accept a risk (403).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TransitionRequest"
              }
            }
          }
        }
      }
    },
    "/api/v1/dashboard": {
      "get": {
        "operationId": "getDashboard",
        "summary": "Portfolio (or one project's) figures",
        "tags": [
          "projects"
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Dashboard"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        },
        "parameters": [
          {
            "name": "project",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "description": "Only this project (key)."
          }
        ]
      }
    },
    "/api/v1/events": {
      "get": {
        "operationId": "listEvents",
        "summary": "The audit log, newest first (auditor, security, admin)",
        "tags": [
          "audit"
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EventPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        },
        "parameters": [
          {
            "name": "actor",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "description": "Exactly this actor."
          },
          {
            "name": "action",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "description": "Actions starting with this, e.g. `finding.`."
          },
          {
            "name": "project",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "description": "Only this project (key)."
          },
          {
            "$ref": "#/components/parameters/IdCursor"
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 100
            },
            "description": "Page size."
          }
        ]
      }
    },
    "/api/v1/users": {
      "get": {
        "operationId": "listUsers",
        "summary": "Users (admin)",
        "tags": [
          "admin"
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UserPage"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      },
      "post": {
        "operationId": "createUser",
        "summary": "Create a user (admin)",
        "tags": [
          "admin"
        ],
        "responses": {
          "201": {
            "description": "Created.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/User"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          }
        },
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateUserRequest"
              }
            }
          }
        }
      }
    },
    "/api/v1/teams": {
      "get": {
        "operationId": "listTeams",
        "summary": "Teams (admin)",
        "tags": [
          "admin"
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TeamPage"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      },
      "post": {
        "operationId": "createTeam",
        "summary": "Create a team (admin)",
        "tags": [
          "admin"
        ],
        "responses": {
          "201": {
            "description": "Created.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Team"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          }
        },
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateTeamRequest"
              }
            }
          }
        }
      }
    },
    "/api/v1/tokens": {
      "get": {
        "operationId": "listTokens",
        "summary": "API tokens: the caller's own, or all for admins",
        "tags": [
          "admin"
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TokenPage"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        },
        "description": "Only from a signed-in browser session: a request with a bearer token is refused with 403."
      },
      "post": {
        "operationId": "createToken",
        "summary": "Create an API token, shown once",
        "tags": [
          "admin"
        ],
        "responses": {
          "201": {
            "description": "Created: the token is in the body, once.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreatedToken"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          }
        },
        "description": "Only from a signed-in browser session: a request with a bearer token is refused with 403. A token never has more rights than its user.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateTokenRequest"
              }
            }
          }
        }
      }
    },
    "/api/v1/tokens/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/TokenID"
        }
      ],
      "delete": {
        "operationId": "revokeToken",
        "summary": "Revoke an API token (the caller's own; admins any)",
        "tags": [
          "admin"
        ],
        "responses": {
          "204": {
            "description": "Revoked."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api/v1/projects/{key}/requirements": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ProjectKey"
        }
      ],
      "get": {
        "operationId": "listProjectRequirements",
        "summary": "Applicable requirements with their effective status",
        "tags": [
          "governance"
        ],
        "description": "Computed from people's records and the store's evidence: the latest scan of each kind and the findings open now.",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RequirementPage"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api/v1/projects/{key}/requirements.csv": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ProjectKey"
        }
      ],
      "get": {
        "operationId": "exportProjectRequirementsCSV",
        "summary": "Requirement statuses as CSV",
        "tags": [
          "governance"
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api/v1/projects/{key}/requirements.md": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ProjectKey"
        }
      ],
      "get": {
        "operationId": "exportProjectRequirementsMarkdown",
        "summary": "Requirement statuses as Markdown",
        "tags": [
          "governance"
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "text/markdown": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api/v1/projects/{key}/requirements/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ProjectKey"
        },
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "pattern": "^WARD-[A-Z-]+-[0-9]{2}$"
          },
          "description": "Requirement id, e.g. WARD-SECRETS-01."
        }
      ],
      "put": {
        "operationId": "setProjectRequirementStatus",
        "summary": "Record a status for one requirement (developers of the team, security, admin)",
        "tags": [
          "governance"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RequirementStatusRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RequirementStatusItem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          }
        }
      }
    },
    "/api/v1/projects/{key}/threat-model": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ProjectKey"
        }
      ],
      "get": {
        "operationId": "getProjectThreatModel",
        "summary": "The project's threat model, its threats and diagram",
        "tags": [
          "governance"
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ThreatModel"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "put": {
        "operationId": "putProjectThreatModel",
        "summary": "Store threatmodel.yml and import its threats as a design scan",
        "tags": [
          "governance"
        ],
        "description": "The threats become `design` findings of tool `ward-threat` with the usual lifecycle: a threat that leaves the model is fixed. Auditors cannot upload (403).",
        "parameters": [
          {
            "name": "branch",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200,
              "default": "main"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/yaml": {
              "schema": {
                "type": "string"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ThreatModel"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          }
        }
      }
    },
    "/api/v1/projects/{key}/attestations": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ProjectKey"
        }
      ],
      "post": {
        "operationId": "createAttestation",
        "summary": "Attest an activity (security and admin)",
        "tags": [
          "governance"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AttestationRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Recorded.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Attestation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/ContentTooLarge"
          }
        }
      }
    },
    "/api/v1/projects/{key}/maturity": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ProjectKey"
        }
      ],
      "get": {
        "operationId": "getProjectMaturity",
        "summary": "The project's security maturity",
        "tags": [
          "governance"
        ],
        "description": "Computed from the store (scans, gate evaluations, finding history, threat model, requirements) and unexpired attestations; keeps today's snapshot for the trend.",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Maturity"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api/v1/kb": {
      "get": {
        "operationId": "searchKnowledgeBase",
        "summary": "Search the knowledge base: rules, requirements and organisation articles",
        "tags": [
          "knowledge"
        ],
        "parameters": [
          {
            "name": "q",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "description": "Words that must all appear in an entry's title or text, ignoring case; entries matching in the title come first. Without it, every entry."
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/KnowledgeEntryPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/api/v1/analytics": {
      "get": {
        "operationId": "getAnalytics",
        "summary": "Portfolio (or one project's) remediation analytics, as JSON or one table as CSV",
        "tags": [
          "analytics"
        ],
        "parameters": [
          {
            "name": "project",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "description": "Only this project (key)."
          },
          {
            "name": "days",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 3650,
              "default": 90
            },
            "description": "The window of fixes and regressions, in days back from now."
          },
          {
            "name": "format",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "json",
                "csv"
              ],
              "default": "json"
            },
            "description": "`csv` answers the table named by `table`, with cells that a spreadsheet would run as a formula prefixed by `'`."
          },
          {
            "name": "table",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "severity",
                "teams",
                "cwes",
                "density",
                "weeks"
              ]
            },
            "description": "The table to export as CSV; required with `format=csv`."
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Analytics"
                }
              },
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "ward_pat_…",
        "description": "An API token from `ward admin create-token` or POST /api/v1/tokens."
      },
      "sessionCookie": {
        "type": "apiKey",
        "in": "cookie",
        "name": "ward_session",
        "description": "A browser session from the web UI's login; unsafe methods must also send the session's X-CSRF-Token header."
      }
    },
    "parameters": {
      "ProjectKey": {
        "name": "key",
        "in": "path",
        "required": true,
        "description": "Project key.",
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z0-9._-]{1,100}$"
        }
      },
      "FindingID": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Finding id.",
        "schema": {
          "type": "integer"
        }
      },
      "ScanID": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Scan id.",
        "schema": {
          "type": "integer"
        }
      },
      "TokenID": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "Token id.",
        "schema": {
          "type": "integer"
        }
      },
      "IdCursor": {
        "name": "cursor",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{1,18}$"
        },
        "description": "The `next` of the previous page."
      },
      "state": {
        "name": "state",
        "in": "query",
        "required": false,
        "schema": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/FindingState"
          }
        },
        "description": "Lifecycle states (repeat or separate with commas).",
        "style": "form",
        "explode": true
      },
      "severity": {
        "name": "severity",
        "in": "query",
        "required": false,
        "schema": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/Severity"
          }
        },
        "description": "Severities (repeat or separate with commas).",
        "style": "form",
        "explode": true
      },
      "kind": {
        "name": "kind",
        "in": "query",
        "required": false,
        "schema": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/FindingKind"
          }
        },
        "description": "Kinds (repeat or separate with commas).",
        "style": "form",
        "explode": true
      },
      "tool": {
        "name": "tool",
        "in": "query",
        "required": false,
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "description": "Tools that report the finding (any of them).",
        "style": "form",
        "explode": true
      },
      "rule": {
        "name": "rule",
        "in": "query",
        "required": false,
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "description": "Rule ids.",
        "style": "form",
        "explode": true
      },
      "cwe": {
        "name": "cwe",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^([Cc][Ww][Ee]-)?[1-9][0-9]{0,8}$"
        },
        "description": "A CWE id: 798 or CWE-798."
      },
      "path": {
        "name": "path",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string"
        },
        "description": "Path prefix of the finding's location."
      },
      "overdue": {
        "name": "overdue",
        "in": "query",
        "required": false,
        "schema": {
          "type": "boolean"
        },
        "description": "Only findings past (true) or within (false) their SLA."
      },
      "q": {
        "name": "q",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string"
        },
        "description": "Text in the title, message, path or rule id (case-insensitive)."
      },
      "sort": {
        "name": "sort",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "severity",
            "due",
            "first_seen",
            "last_seen",
            "id"
          ]
        },
        "description": "Sort key (default severity)."
      },
      "order": {
        "name": "order",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "asc",
            "desc"
          ]
        },
        "description": "Sort order (default desc)."
      },
      "FindingCursor": {
        "name": "cursor",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 99
        },
        "description": "The `next` of the previous page; use it with the same filters and sort."
      },
      "limit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 500,
          "default": 50
        },
        "description": "Page size."
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request is malformed: the message names the parameter or the problem in the body.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/APIErrorBody"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "No valid credentials: send `Authorization: Bearer <token>` or sign in.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/APIErrorBody"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The caller's role may not do this (or a browser session's CSRF token is missing).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/APIErrorBody"
            }
          }
        }
      },
      "NotFound": {
        "description": "No such resource, or one the caller may not see (other teams' projects answer 404, never 403).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/APIErrorBody"
            }
          }
        }
      },
      "Conflict": {
        "description": "It already exists.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/APIErrorBody"
            }
          }
        }
      },
      "ContentTooLarge": {
        "description": "The body is larger than the server accepts.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/APIErrorBody"
            }
          }
        }
      }
    },
    "schemas": {
      "APIErrorBody": {
        "type": "object",
        "properties": {
          "error": {
            "type": "object",
            "properties": {
              "status": {
                "type": "integer",
                "description": "The HTTP status, repeated."
              },
              "message": {
                "type": "string",
                "description": "What went wrong, in words a person can act on."
              }
            },
            "required": [
              "message",
              "status"
            ],
            "additionalProperties": false
          }
        },
        "required": [
          "error"
        ],
        "additionalProperties": false,
        "description": "The body of every API error."
      },
      "AdvisoryReference": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "aliases": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "summary": {
            "type": "string"
          },
          "fixedVersions": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "cvssVector": {
            "type": "string"
          },
          "cvssScore": {
            "type": "number"
          },
          "url": {
            "type": "string"
          }
        },
        "required": [
          "aliases",
          "fixedVersions",
          "id"
        ],
        "additionalProperties": false
      },
      "Attestation": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer"
          },
          "project": {
            "type": "string"
          },
          "activity": {
            "type": "string"
          },
          "attestedBy": {
            "type": "string"
          },
          "evidenceLink": {
            "type": "string"
          },
          "attestedAt": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          },
          "expiresAt": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          }
        },
        "required": [
          "activity",
          "attestedAt",
          "attestedBy",
          "evidenceLink",
          "expiresAt",
          "id",
          "project"
        ],
        "additionalProperties": false
      },
      "AttestationRequest": {
        "type": "object",
        "properties": {
          "activity": {
            "type": "string",
            "description": "An attested maturity activity or a baseline activity, e.g. organisation-security-owner or penetration-test."
          },
          "evidenceLink": {
            "type": "string",
            "format": "uri",
            "maxLength": 2000
          },
          "expiresAt": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          }
        },
        "required": [
          "activity",
          "evidenceLink",
          "expiresAt"
        ],
        "additionalProperties": false
      },
      "Baseline": {
        "type": "object",
        "properties": {
          "reference": {
            "type": "string",
            "description": "`id@version`."
          },
          "id": {
            "type": "string"
          },
          "version": {
            "type": "integer"
          },
          "title": {
            "type": "string"
          },
          "requiredScans": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FindingKind"
            }
          },
          "failOnNew": {
            "$ref": "#/components/schemas/Severity"
          },
          "maxAge": {
            "type": "object",
            "additionalProperties": {
              "type": "integer"
            },
            "description": "Most days a finding of a severity may stay open."
          },
          "activities": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            },
            "description": "Required activities and their cadence."
          },
          "bannedComponents": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "activities",
          "bannedComponents",
          "id",
          "maxAge",
          "reference",
          "requiredScans",
          "title",
          "version"
        ],
        "additionalProperties": false,
        "description": "A security baseline: gate, required scans, activities, banned components."
      },
      "BulkTransitionRequest": {
        "type": "object",
        "properties": {
          "ids": {
            "type": "array",
            "items": {
              "type": "integer"
            },
            "minItems": 1,
            "maxItems": 1000
          },
          "state": {
            "$ref": "#/components/schemas/TriageState"
          },
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000
          },
          "acceptedUntil": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          }
        },
        "required": [
          "ids",
          "reason",
          "state"
        ],
        "additionalProperties": false
      },
      "ComponentReference": {
        "type": "object",
        "properties": {
          "purl": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "version": {
            "type": "string"
          },
          "ecosystem": {
            "type": "string"
          },
          "direct": {
            "type": "boolean"
          }
        },
        "required": [
          "ecosystem",
          "name",
          "purl",
          "version"
        ],
        "additionalProperties": false
      },
      "Count": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "count": {
            "type": "integer"
          }
        },
        "required": [
          "count",
          "name"
        ],
        "additionalProperties": false
      },
      "CreateProjectRequest": {
        "type": "object",
        "properties": {
          "key": {
            "type": "string",
            "pattern": "^[A-Za-z0-9._-]{1,100}$"
          },
          "name": {
            "type": "string"
          },
          "team": {
            "type": "string"
          },
          "profile": {
            "$ref": "#/components/schemas/ProjectProfile"
          }
        },
        "required": [
          "key"
        ],
        "additionalProperties": false
      },
      "CreateTeamRequest": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          }
        },
        "required": [
          "name"
        ],
        "additionalProperties": false
      },
      "CreateTokenRequest": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "user": {
            "type": "string",
            "description": "Admins only: another user's name."
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "projects": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "createProjects": {
            "type": "boolean"
          }
        },
        "required": [
          "name"
        ],
        "additionalProperties": false
      },
      "CreateUserRequest": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "pattern": "^[A-Za-z0-9._@-]{1,64}$"
          },
          "password": {
            "type": "string",
            "minLength": 12,
            "description": "12 characters to 72 bytes."
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "teams": {
            "type": "array",
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 100
            },
            "description": "Teams to join; missing ones are created."
          }
        },
        "required": [
          "name",
          "password",
          "role"
        ],
        "additionalProperties": false
      },
      "CreatedToken": {
        "type": "object",
        "properties": {
          "token": {
            "type": "string",
            "pattern": "^ward_pat_[A-Za-z0-9]{40}$",
            "description": "Shown once."
          },
          "record": {
            "$ref": "#/components/schemas/Token"
          }
        },
        "required": [
          "record",
          "token"
        ],
        "additionalProperties": false
      },
      "Dashboard": {
        "type": "object",
        "properties": {
          "openBySeverity": {
            "type": "object",
            "additionalProperties": {
              "type": "integer"
            }
          },
          "openByKind": {
            "type": "object",
            "additionalProperties": {
              "type": "integer"
            }
          },
          "overdue": {
            "type": "integer"
          },
          "weeks": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "start": {
                  "type": "string",
                  "format": "date-time",
                  "description": "ISO 8601, UTC, whole seconds."
                },
                "new": {
                  "type": "integer"
                },
                "fixed": {
                  "type": "integer"
                }
              },
              "required": [
                "fixed",
                "new",
                "start"
              ],
              "additionalProperties": false
            }
          },
          "meanDaysToRemediate": {
            "type": "number",
            "description": "Mean days from first report to fix over the last 90 days; omitted with no fixes."
          },
          "topRules": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Count"
            }
          },
          "topCWEs": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Count"
            }
          },
          "riskiestProjects": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "key": {
                  "type": "string"
                },
                "score": {
                  "type": "integer"
                },
                "critical": {
                  "type": "integer"
                },
                "high": {
                  "type": "integer"
                },
                "overdue": {
                  "type": "integer"
                }
              },
              "required": [
                "critical",
                "high",
                "key",
                "overdue",
                "score"
              ],
              "additionalProperties": false
            }
          }
        },
        "required": [
          "openByKind",
          "openBySeverity",
          "overdue",
          "riskiestProjects",
          "topCWEs",
          "topRules",
          "weeks"
        ],
        "additionalProperties": false
      },
      "Event": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer"
          },
          "at": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          },
          "actor": {
            "type": "string",
            "description": "User name, `name (token t)`, or `system`."
          },
          "action": {
            "type": "string",
            "description": "e.g. finding.create, finding.transition, scan.import, token.revoke."
          },
          "project": {
            "type": "integer",
            "description": "Project id."
          },
          "finding": {
            "type": "integer",
            "description": "Finding id."
          },
          "scan": {
            "type": "integer",
            "description": "Scan id."
          },
          "from": {
            "type": "string"
          },
          "to": {
            "type": "string"
          },
          "reason": {
            "type": "string"
          }
        },
        "required": [
          "action",
          "actor",
          "at",
          "id"
        ],
        "additionalProperties": false,
        "description": "One line of the append-only audit trail."
      },
      "EventPage": {
        "type": "object",
        "description": "A page of events.",
        "required": [
          "items",
          "next"
        ],
        "additionalProperties": false,
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Event"
            }
          },
          "next": {
            "type": [
              "string",
              "null"
            ],
            "description": "Cursor of the next page (pass it as `cursor`); null on the last page."
          }
        }
      },
      "Finding": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer"
          },
          "project": {
            "type": "string",
            "description": "Project key."
          },
          "state": {
            "$ref": "#/components/schemas/FindingState"
          },
          "severity": {
            "$ref": "#/components/schemas/Severity"
          },
          "ruleId": {
            "type": "string"
          },
          "tool": {
            "type": "string",
            "description": "The tool that first reported it."
          },
          "tools": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Every tool that reports it (correlated sources)."
          },
          "kind": {
            "$ref": "#/components/schemas/FindingKind"
          },
          "title": {
            "type": "string"
          },
          "message": {
            "type": "string"
          },
          "cwe": {
            "type": "array",
            "items": {
              "type": "integer"
            }
          },
          "fingerprint": {
            "type": "string"
          },
          "location": {
            "$ref": "#/components/schemas/Location"
          },
          "purl": {
            "type": "string"
          },
          "advisoryId": {
            "type": "string"
          },
          "branch": {
            "type": "string",
            "description": "Branch of the latest scan that reported it."
          },
          "firstSeenAt": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          },
          "lastSeenAt": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          },
          "dueAt": {
            "type": "string",
            "format": "date-time",
            "description": "SLA due date; omitted for findings without one."
          },
          "overdue": {
            "type": "boolean"
          },
          "stateReason": {
            "type": "string"
          },
          "acceptedUntil": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          },
          "fixedAt": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          },
          "fixedScan": {
            "type": "integer",
            "description": "The scan that verified the fix."
          },
          "sourceCount": {
            "type": "integer"
          }
        },
        "required": [
          "branch",
          "cwe",
          "fingerprint",
          "firstSeenAt",
          "id",
          "kind",
          "lastSeenAt",
          "message",
          "overdue",
          "project",
          "ruleId",
          "severity",
          "sourceCount",
          "state",
          "title",
          "tool",
          "tools"
        ],
        "additionalProperties": false,
        "description": "A finding as the platform tracks it. Optional fields are omitted when they have no value."
      },
      "FindingDetail": {
        "type": "object",
        "properties": {
          "finding": {
            "$ref": "#/components/schemas/Finding"
          },
          "remediation": {
            "type": "string"
          },
          "secret": {
            "$ref": "#/components/schemas/RedactedSecret"
          },
          "component": {
            "$ref": "#/components/schemas/ComponentReference"
          },
          "advisory": {
            "$ref": "#/components/schemas/AdvisoryReference"
          },
          "sources": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FindingSource"
            }
          },
          "occurrences": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Occurrence"
            },
            "description": "Newest first, at most 100."
          }
        },
        "required": [
          "finding",
          "occurrences",
          "sources"
        ],
        "additionalProperties": false
      },
      "FindingKind": {
        "type": "string",
        "enum": [
          "secret",
          "code",
          "dependency",
          "configuration",
          "container",
          "dynamic",
          "design"
        ]
      },
      "FindingPage": {
        "type": "object",
        "description": "A page of findings.",
        "required": [
          "items",
          "next"
        ],
        "additionalProperties": false,
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Finding"
            }
          },
          "next": {
            "type": [
              "string",
              "null"
            ],
            "description": "Cursor of the next page (pass it as `cursor`); null on the last page."
          }
        }
      },
      "FindingSource": {
        "type": "object",
        "properties": {
          "tool": {
            "type": "string"
          },
          "ruleId": {
            "type": "string"
          },
          "severity": {
            "$ref": "#/components/schemas/Severity"
          },
          "title": {
            "type": "string"
          },
          "fingerprint": {
            "type": "string"
          },
          "firstScanID": {
            "type": "integer"
          }
        },
        "required": [
          "fingerprint",
          "firstScanID",
          "ruleId",
          "severity",
          "title",
          "tool"
        ],
        "additionalProperties": false,
        "description": "One tool's report of the finding."
      },
      "FindingState": {
        "type": "string",
        "enum": [
          "open",
          "confirmed",
          "false_positive",
          "accepted_risk",
          "fixed",
          "reopened"
        ],
        "description": "Lifecycle state; `reopened` is set by scans only."
      },
      "Gate": {
        "type": "object",
        "properties": {
          "project": {
            "type": "string"
          },
          "scan": {
            "type": "integer"
          },
          "pass": {
            "type": "boolean"
          },
          "reasons": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "baseline": {
            "type": "string",
            "description": "The baseline that judged (`id@version`); absent for the default gate."
          },
          "riskTier": {
            "type": "integer",
            "minimum": 1,
            "maximum": 4
          }
        },
        "required": [
          "pass",
          "project",
          "reasons",
          "riskTier"
        ],
        "additionalProperties": false
      },
      "GateDecision": {
        "type": "object",
        "properties": {
          "pass": {
            "type": "boolean"
          },
          "reasons": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "pass",
          "reasons"
        ],
        "additionalProperties": false
      },
      "Health": {
        "type": "object",
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "ok",
              "unavailable"
            ]
          },
          "version": {
            "type": "string"
          }
        },
        "required": [
          "status",
          "version"
        ],
        "additionalProperties": false
      },
      "Location": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string"
          },
          "startLine": {
            "type": "integer"
          },
          "startColumn": {
            "type": "integer"
          },
          "endLine": {
            "type": "integer"
          },
          "endColumn": {
            "type": "integer"
          },
          "snippet": {
            "type": "string",
            "description": "The matched lines, every secret redacted."
          }
        },
        "required": [
          "endColumn",
          "endLine",
          "path",
          "startColumn",
          "startLine"
        ],
        "additionalProperties": false,
        "description": "Where in a file: 1-based lines; columns count bytes (0 when unknown)."
      },
      "Maturity": {
        "type": "object",
        "properties": {
          "project": {
            "type": "string"
          },
          "date": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          },
          "overallLevel": {
            "type": "integer",
            "minimum": 0,
            "maximum": 5
          },
          "dimensions": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "dimension": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "level": {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 5
                },
                "nextSteps": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "properties": {
                      "activity": {
                        "type": "string"
                      },
                      "title": {
                        "type": "string"
                      },
                      "attested": {
                        "type": "boolean"
                      },
                      "howToSatisfy": {
                        "type": "string"
                      }
                    },
                    "required": [
                      "activity",
                      "attested",
                      "howToSatisfy",
                      "title"
                    ],
                    "additionalProperties": false
                  }
                }
              },
              "required": [
                "dimension",
                "level",
                "nextSteps",
                "title"
              ],
              "additionalProperties": false
            }
          },
          "evidence": {
            "type": "object",
            "properties": {
              "scansLast30Days": {
                "type": "object",
                "additionalProperties": {
                  "type": "integer"
                }
              },
              "scansLast90Days": {
                "type": "object",
                "additionalProperties": {
                  "type": "integer"
                }
              },
              "gateCallsLast90Days": {
                "type": "integer"
              },
              "gateFailuresLast90Days": {
                "type": "integer"
              },
              "slaComplianceRatio": {
                "type": "number"
              },
              "meanDaysToRemediate": {
                "type": "object",
                "additionalProperties": {
                  "type": "number"
                }
              },
              "reopenRate": {
                "type": "number"
              },
              "releasesLast90Days": {
                "type": "integer"
              },
              "releasesWithSBOM": {
                "type": "integer"
              },
              "threatModelUpdatedAt": {
                "type": "string",
                "format": "date-time",
                "description": "ISO 8601, UTC, whole seconds."
              },
              "threatModelReviewedAt": {
                "type": "string",
                "format": "date-time",
                "description": "ISO 8601, UTC, whole seconds."
              },
              "openHighDesignThreats": {
                "type": "integer"
              },
              "requirementsApplicable": {
                "type": "integer"
              },
              "requirementsVerified": {
                "type": "integer"
              },
              "secretRecurrencesLast90Days": {
                "type": "integer"
              },
              "secretMeanDaysToRemediate": {
                "type": "number"
              },
              "bannedComponentsInUse": {
                "type": "integer"
              }
            },
            "required": [
              "bannedComponentsInUse",
              "gateCallsLast90Days",
              "gateFailuresLast90Days",
              "meanDaysToRemediate",
              "openHighDesignThreats",
              "releasesLast90Days",
              "releasesWithSBOM",
              "requirementsApplicable",
              "requirementsVerified",
              "scansLast30Days",
              "scansLast90Days",
              "secretRecurrencesLast90Days"
            ],
            "additionalProperties": false
          },
          "attestations": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Attestation"
            }
          },
          "trend": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "day": {
                  "type": "string",
                  "format": "date-time",
                  "description": "ISO 8601, UTC, whole seconds."
                },
                "overall": {
                  "type": "integer"
                },
                "levels": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "integer"
                  }
                }
              },
              "required": [
                "day",
                "levels",
                "overall"
              ],
              "additionalProperties": false
            }
          }
        },
        "required": [
          "attestations",
          "date",
          "dimensions",
          "evidence",
          "overallLevel",
          "project",
          "trend"
        ],
        "additionalProperties": false,
        "description": "Levels per dimension with the next steps, the evidence behind them, attestations and the daily trend."
      },
      "ModelElementReference": {
        "type": "object",
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "asset",
              "component",
              "flow",
              "boundary",
              "model"
            ]
          },
          "id": {
            "type": "string"
          },
          "line": {
            "type": "integer"
          }
        },
        "required": [
          "id",
          "kind",
          "line"
        ],
        "additionalProperties": false
      },
      "Occurrence": {
        "type": "object",
        "properties": {
          "scanID": {
            "type": "integer"
          },
          "branch": {
            "type": "string"
          },
          "at": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          },
          "location": {
            "$ref": "#/components/schemas/Location"
          },
          "commit": {
            "type": "string"
          }
        },
        "required": [
          "at",
          "branch",
          "scanID"
        ],
        "additionalProperties": false,
        "description": "Where the finding was in one scan."
      },
      "Project": {
        "type": "object",
        "properties": {
          "key": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "team": {
            "type": "string"
          },
          "profile": {
            "$ref": "#/components/schemas/ProjectProfile"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          },
          "riskTier": {
            "type": "integer",
            "minimum": 1,
            "maximum": 4,
            "description": "1 (highest risk) to 4, derived from the profile."
          },
          "baselineChoice": {
            "type": "string",
            "description": "`auto` or `id[@version]`; absent: the platform's default gate."
          },
          "baseline": {
            "$ref": "#/components/schemas/Baseline"
          }
        },
        "required": [
          "createdAt",
          "key",
          "name",
          "profile",
          "riskTier"
        ],
        "additionalProperties": false
      },
      "ProjectPage": {
        "type": "object",
        "description": "A page of projects.",
        "required": [
          "items",
          "next"
        ],
        "additionalProperties": false,
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Project"
            }
          },
          "next": {
            "type": [
              "string",
              "null"
            ],
            "description": "Cursor of the next page (pass it as `cursor`); null on the last page."
          }
        }
      },
      "ProjectProfile": {
        "type": "object",
        "properties": {
          "exposure": {
            "type": "string",
            "enum": [
              "internet",
              "partner",
              "internal"
            ]
          },
          "dataClassification": {
            "type": "string",
            "enum": [
              "public",
              "internal",
              "confidential",
              "personal",
              "financial"
            ]
          },
          "platform": {
            "type": "string",
            "enum": [
              "web",
              "mobile",
              "api",
              "batch"
            ]
          },
          "criticality": {
            "type": "string",
            "enum": [
              "low",
              "medium",
              "high",
              "critical"
            ]
          },
          "regulations": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "sla": {
            "$ref": "#/components/schemas/SLAPolicy"
          },
          "personalData": {
            "type": "boolean",
            "description": "Handles personal data; absent derives it from the classification (personal or financial)."
          },
          "paymentData": {
            "type": "boolean",
            "description": "Handles payment data; absent derives it from the classification (financial)."
          }
        },
        "required": [
          "criticality",
          "dataClassification",
          "exposure",
          "platform",
          "regulations"
        ],
        "additionalProperties": false,
        "description": "A project's security portrait."
      },
      "ProjectProfileRequest": {
        "type": "object",
        "properties": {
          "exposure": {
            "type": "string",
            "enum": [
              "internet",
              "partner",
              "internal"
            ]
          },
          "dataClassification": {
            "type": "string",
            "enum": [
              "public",
              "internal",
              "confidential",
              "personal",
              "financial"
            ]
          },
          "platform": {
            "type": "string",
            "enum": [
              "web",
              "mobile",
              "api",
              "batch"
            ]
          },
          "criticality": {
            "type": "string",
            "enum": [
              "low",
              "medium",
              "high",
              "critical"
            ]
          },
          "regulations": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "sla": {
            "$ref": "#/components/schemas/SLAPolicy"
          },
          "personalData": {
            "type": "boolean",
            "description": "Handles personal data; absent derives it from the classification (personal or financial)."
          },
          "paymentData": {
            "type": "boolean",
            "description": "Handles payment data; absent derives it from the classification (financial)."
          },
          "baseline": {
            "type": [
              "string",
              "null"
            ],
            "description": "Absent keeps the choice; null: the platform's default gate; `auto`: the catalog's pick by tier and platform; or `id[@version]`."
          }
        },
        "required": [
          "criticality",
          "dataClassification",
          "exposure",
          "platform",
          "regulations"
        ],
        "additionalProperties": false,
        "description": "A project's security portrait and its baseline choice."
      },
      "RedactedSecret": {
        "type": "object",
        "properties": {
          "redacted": {
            "type": "string"
          },
          "sha256": {
            "type": "string",
            "pattern": "^[0-9a-f]{64}$"
          }
        },
        "required": [
          "redacted",
          "sha256"
        ],
        "additionalProperties": false
      },
      "RequirementPage": {
        "type": "object",
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/RequirementStatusItem"
            }
          },
          "next": {
            "type": [
              "string",
              "null"
            ]
          }
        },
        "required": [
          "items",
          "next"
        ],
        "additionalProperties": false
      },
      "RequirementRecord": {
        "type": "object",
        "properties": {
          "status": {
            "$ref": "#/components/schemas/RequirementStatus"
          },
          "by": {
            "type": "string"
          },
          "at": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          },
          "justification": {
            "type": "string"
          }
        },
        "required": [
          "at",
          "by",
          "status"
        ],
        "additionalProperties": false
      },
      "RequirementStatus": {
        "type": "string",
        "enum": [
          "not-started",
          "implemented",
          "verified",
          "not-applicable"
        ]
      },
      "RequirementStatusItem": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "area": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "text": {
            "type": "string"
          },
          "verification": {
            "type": "string",
            "enum": [
              "automated-scan",
              "test",
              "review",
              "attestation"
            ]
          },
          "asvs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "masvs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "cwe": {
            "type": "array",
            "items": {
              "type": "integer"
            }
          },
          "status": {
            "$ref": "#/components/schemas/RequirementStatus"
          },
          "reason": {
            "type": "string"
          },
          "record": {
            "$ref": "#/components/schemas/RequirementRecord"
          }
        },
        "required": [
          "area",
          "asvs",
          "cwe",
          "id",
          "masvs",
          "reason",
          "status",
          "text",
          "title",
          "verification"
        ],
        "additionalProperties": false,
        "description": "An applicable requirement with its effective status and why."
      },
      "RequirementStatusRequest": {
        "type": "object",
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "not-started",
              "implemented",
              "verified",
              "not-applicable",
              "not_applicable"
            ]
          },
          "justification": {
            "type": "string",
            "maxLength": 2000
          }
        },
        "required": [
          "status"
        ],
        "additionalProperties": false,
        "description": "`not-applicable` needs a justification."
      },
      "Role": {
        "type": "string",
        "enum": [
          "auditor",
          "developer",
          "security",
          "admin"
        ]
      },
      "SARIFLog": {
        "type": "object",
        "description": "A SARIF 2.1.0 log from any tool; Ward reads runs[].tool.driver and runs[].results.",
        "required": [
          "version",
          "runs"
        ],
        "properties": {
          "$schema": {
            "type": "string"
          },
          "version": {
            "const": "2.1.0"
          },
          "runs": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "tool"
              ],
              "properties": {
                "tool": {
                  "type": "object",
                  "properties": {
                    "driver": {
                      "type": "object",
                      "required": [
                        "name"
                      ],
                      "properties": {
                        "name": {
                          "type": "string",
                          "minLength": 1
                        },
                        "version": {
                          "type": "string"
                        },
                        "semanticVersion": {
                          "type": "string"
                        },
                        "informationUri": {
                          "type": "string"
                        },
                        "rules": {
                          "type": "array",
                          "items": {
                            "type": "object",
                            "required": [
                              "id"
                            ],
                            "properties": {
                              "id": {
                                "type": "string"
                              },
                              "name": {
                                "type": "string"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "required": [
                    "driver"
                  ]
                },
                "results": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "properties": {
                      "ruleId": {
                        "type": "string"
                      },
                      "level": {
                        "type": "string",
                        "enum": [
                          "none",
                          "note",
                          "warning",
                          "error"
                        ]
                      },
                      "message": {
                        "type": "object",
                        "properties": {
                          "text": {
                            "type": "string"
                          }
                        }
                      },
                      "locations": {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "properties": {
                            "physicalLocation": {
                              "type": "object",
                              "properties": {
                                "artifactLocation": {
                                  "type": "object",
                                  "properties": {
                                    "uri": {
                                      "type": "string"
                                    }
                                  }
                                },
                                "region": {
                                  "type": "object",
                                  "properties": {
                                    "startLine": {
                                      "type": "integer",
                                      "minimum": 1
                                    },
                                    "endLine": {
                                      "type": "integer",
                                      "minimum": 1
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      },
      "SLAPolicy": {
        "type": "object",
        "properties": {
          "critical": {
            "type": "integer",
            "minimum": 1,
            "maximum": 3650
          },
          "high": {
            "type": "integer",
            "minimum": 1,
            "maximum": 3650
          },
          "medium": {
            "type": "integer",
            "minimum": 1,
            "maximum": 3650
          },
          "low": {
            "type": "integer",
            "minimum": 1,
            "maximum": 3650
          },
          "info": {
            "type": "integer",
            "minimum": 1,
            "maximum": 3650
          }
        },
        "required": [
          "critical",
          "high",
          "low",
          "medium"
        ],
        "additionalProperties": false,
        "description": "Days a finding of each severity may stay open."
      },
      "Scan": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer"
          },
          "projectID": {
            "type": "integer"
          },
          "projectKey": {
            "type": "string"
          },
          "branch": {
            "type": "string"
          },
          "commit": {
            "type": "string"
          },
          "tools": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "kinds": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FindingKind"
            },
            "description": "Kinds of problem the scan looked for: the scope of automatic fixes."
          },
          "startedAt": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          },
          "finishedAt": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          },
          "receivedAt": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          },
          "uploader": {
            "type": "string"
          },
          "format": {
            "type": "string"
          },
          "totalCount": {
            "type": "integer"
          },
          "newCount": {
            "type": "integer"
          },
          "fixedCount": {
            "type": "integer"
          },
          "reopenedCount": {
            "type": "integer"
          },
          "summary": {
            "type": "object",
            "additionalProperties": {
              "type": "integer"
            },
            "description": "Open findings of this scan by severity."
          }
        },
        "required": [
          "branch",
          "finishedAt",
          "fixedCount",
          "format",
          "id",
          "kinds",
          "newCount",
          "projectID",
          "projectKey",
          "receivedAt",
          "reopenedCount",
          "startedAt",
          "summary",
          "tools",
          "totalCount",
          "uploader"
        ],
        "additionalProperties": false
      },
      "ScanDetail": {
        "type": "object",
        "properties": {
          "scan": {
            "$ref": "#/components/schemas/Scan"
          },
          "new": {
            "type": "array",
            "items": {
              "type": "integer"
            }
          },
          "reopened": {
            "type": "array",
            "items": {
              "type": "integer"
            }
          },
          "fixed": {
            "type": "array",
            "items": {
              "type": "integer"
            }
          }
        },
        "required": [
          "fixed",
          "new",
          "reopened",
          "scan"
        ],
        "additionalProperties": false,
        "description": "A scan with the ids of the findings it created, reopened and fixed."
      },
      "ScanPage": {
        "type": "object",
        "description": "A page of scans.",
        "required": [
          "items",
          "next"
        ],
        "additionalProperties": false,
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Scan"
            }
          },
          "next": {
            "type": [
              "string",
              "null"
            ],
            "description": "Cursor of the next page (pass it as `cursor`); null on the last page."
          }
        }
      },
      "Severity": {
        "type": "string",
        "enum": [
          "info",
          "low",
          "medium",
          "high",
          "critical"
        ]
      },
      "Team": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer"
          },
          "name": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "name"
        ],
        "additionalProperties": false
      },
      "TeamPage": {
        "type": "object",
        "description": "A page of teams.",
        "required": [
          "items",
          "next"
        ],
        "additionalProperties": false,
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Team"
            }
          },
          "next": {
            "type": [
              "string",
              "null"
            ],
            "description": "Cursor of the next page (pass it as `cursor`); null on the last page."
          }
        }
      },
      "Threat": {
        "type": "object",
        "properties": {
          "ruleId": {
            "type": "string"
          },
          "category": {
            "type": "string"
          },
          "severity": {
            "$ref": "#/components/schemas/Severity"
          },
          "title": {
            "type": "string"
          },
          "message": {
            "type": "string"
          },
          "cwe": {
            "type": "array",
            "items": {
              "type": "integer"
            }
          },
          "affected": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ModelElementReference"
            }
          },
          "mitigations": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "requirements": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "affected",
          "category",
          "cwe",
          "message",
          "mitigations",
          "requirements",
          "ruleId",
          "severity",
          "title"
        ],
        "additionalProperties": false
      },
      "ThreatModel": {
        "type": "object",
        "properties": {
          "project": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "uploadedBy": {
            "type": "string"
          },
          "uploadedAt": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          },
          "reviewedAt": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          },
          "scan": {
            "type": "integer",
            "description": "The design scan its threats were imported as."
          },
          "yaml": {
            "type": "string"
          },
          "threats": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Threat"
            }
          },
          "dot": {
            "type": "string",
            "description": "The data-flow diagram in Graphviz DOT."
          }
        },
        "required": [
          "dot",
          "project",
          "threats",
          "title",
          "uploadedAt",
          "uploadedBy",
          "yaml"
        ],
        "additionalProperties": false
      },
      "Token": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer"
          },
          "name": {
            "type": "string"
          },
          "userID": {
            "type": "integer"
          },
          "userName": {
            "type": "string"
          },
          "prefix": {
            "type": "string",
            "description": "The first characters of the token, to recognise it."
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "projects": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Project keys the token is limited to; omitted for no limit."
          },
          "canCreateProjects": {
            "type": "boolean"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          },
          "lastUsedAt": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          },
          "revokedAt": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          }
        },
        "required": [
          "canCreateProjects",
          "createdAt",
          "id",
          "name",
          "prefix",
          "role",
          "userID",
          "userName"
        ],
        "additionalProperties": false,
        "description": "An API token as the server keeps it: never the token itself, only its SHA-256."
      },
      "TokenPage": {
        "type": "object",
        "description": "A page of tokens.",
        "required": [
          "items",
          "next"
        ],
        "additionalProperties": false,
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Token"
            }
          },
          "next": {
            "type": [
              "string",
              "null"
            ],
            "description": "Cursor of the next page (pass it as `cursor`); null on the last page."
          }
        }
      },
      "TransitionRequest": {
        "type": "object",
        "properties": {
          "state": {
            "$ref": "#/components/schemas/TriageState"
          },
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000
          },
          "acceptedUntil": {
            "type": "string",
            "format": "date-time",
            "description": "Required for accepted_risk: between tomorrow and a year from now."
          }
        },
        "required": [
          "reason",
          "state"
        ],
        "additionalProperties": false
      },
      "TriageState": {
        "type": "string",
        "enum": [
          "open",
          "confirmed",
          "false_positive",
          "accepted_risk",
          "fixed"
        ],
        "description": "States a person may move a finding to."
      },
      "UploadResult": {
        "type": "object",
        "properties": {
          "scan": {
            "$ref": "#/components/schemas/Scan"
          },
          "url": {
            "type": "string",
            "description": "Link to the scan in the web UI."
          },
          "new": {
            "type": "integer"
          },
          "reopened": {
            "type": "integer"
          },
          "fixed": {
            "type": "integer"
          },
          "gate": {
            "$ref": "#/components/schemas/GateDecision"
          }
        },
        "required": [
          "fixed",
          "gate",
          "new",
          "reopened",
          "scan",
          "url"
        ],
        "additionalProperties": false
      },
      "User": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer"
          },
          "name": {
            "type": "string"
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "ISO 8601, UTC, whole seconds."
          },
          "disabled": {
            "type": "boolean"
          },
          "teams": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Team"
            }
          }
        },
        "required": [
          "createdAt",
          "disabled",
          "id",
          "name",
          "role",
          "teams"
        ],
        "additionalProperties": false
      },
      "UserPage": {
        "type": "object",
        "description": "A page of users.",
        "required": [
          "items",
          "next"
        ],
        "additionalProperties": false,
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/User"
            }
          },
          "next": {
            "type": [
              "string",
              "null"
            ],
            "description": "Cursor of the next page (pass it as `cursor`); null on the last page."
          }
        }
      },
      "WardReport": {
        "title": "Ward scan report, schema version 1.0",
        "description": "Ward's own report, as `ward scan --format json` writes it (docs/schemas/ward-report-1.1.schema.json).",
        "type": "object",
        "required": [
          "schemaVersion",
          "tool",
          "target",
          "startedAt",
          "finishedAt",
          "statistics",
          "rules",
          "findings",
          "warnings"
        ],
        "properties": {
          "schemaVersion": {
            "type": "string",
            "pattern": "^1\\.[0-9]+$",
            "description": "Report schema version: 1.x."
          },
          "tool": {
            "$ref": "#/components/schemas/WardReportTool"
          },
          "target": {
            "$ref": "#/components/schemas/WardReportTarget"
          },
          "startedAt": {
            "$ref": "#/components/schemas/WardReportTimestamp"
          },
          "finishedAt": {
            "$ref": "#/components/schemas/WardReportTimestamp"
          },
          "statistics": {
            "$ref": "#/components/schemas/WardReportStatistics"
          },
          "rules": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WardReportRule"
            }
          },
          "findings": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WardReportFinding"
            }
          },
          "warnings": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WardReportWarning"
            }
          }
        }
      },
      "WardReportCommit": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "commit",
          "author",
          "email",
          "date"
        ],
        "properties": {
          "commit": {
            "type": "string",
            "minLength": 1
          },
          "author": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "date": {
            "type": "string"
          }
        }
      },
      "WardReportConfidence": {
        "type": "string",
        "enum": [
          "low",
          "medium",
          "high"
        ]
      },
      "WardReportFinding": {
        "type": "object",
        "required": [
          "ruleId",
          "tool",
          "kind",
          "severity",
          "confidence",
          "title",
          "message",
          "cwe",
          "tags",
          "fingerprint"
        ],
        "properties": {
          "ruleId": {
            "type": "string",
            "minLength": 1
          },
          "tool": {
            "type": "string",
            "minLength": 1
          },
          "kind": {
            "$ref": "#/components/schemas/WardReportKind"
          },
          "severity": {
            "$ref": "#/components/schemas/WardReportSeverity"
          },
          "confidence": {
            "$ref": "#/components/schemas/WardReportConfidence"
          },
          "title": {
            "type": "string"
          },
          "message": {
            "type": "string"
          },
          "cwe": {
            "type": "array",
            "items": {
              "type": "integer",
              "minimum": 1
            },
            "description": "CWE numbers, e.g. 798 for CWE-798."
          },
          "location": {
            "$ref": "#/components/schemas/WardReportLocation"
          },
          "secret": {
            "$ref": "#/components/schemas/WardReportSecret"
          },
          "remediation": {
            "type": "string"
          },
          "tags": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "fingerprint": {
            "type": "string",
            "minLength": 1
          },
          "commit": {
            "$ref": "#/components/schemas/WardReportCommit"
          }
        }
      },
      "WardReportKind": {
        "type": "string",
        "enum": [
          "secret",
          "code",
          "dependency",
          "configuration",
          "container",
          "dynamic",
          "design"
        ]
      },
      "WardReportLocation": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "path",
          "startLine",
          "startColumn",
          "endLine",
          "endColumn"
        ],
        "properties": {
          "path": {
            "type": "string",
            "minLength": 1
          },
          "startLine": {
            "type": "integer",
            "minimum": 1
          },
          "startColumn": {
            "type": "integer",
            "minimum": 1
          },
          "endLine": {
            "type": "integer",
            "minimum": 1
          },
          "endColumn": {
            "type": "integer",
            "minimum": 1
          },
          "snippet": {
            "type": "string"
          }
        }
      },
      "WardReportRule": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "title",
          "summary",
          "kind",
          "severity",
          "cwe",
          "remediation",
          "tags",
          "references"
        ],
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "description": "Ward's own rules use lowercase kebab-case ids."
          },
          "title": {
            "type": "string"
          },
          "summary": {
            "type": "string"
          },
          "kind": {
            "$ref": "#/components/schemas/WardReportKind"
          },
          "severity": {
            "$ref": "#/components/schemas/WardReportSeverity"
          },
          "cwe": {
            "type": "array",
            "items": {
              "type": "integer",
              "minimum": 1
            },
            "description": "CWE numbers, e.g. 798 for CWE-798."
          },
          "remediation": {
            "type": "string"
          },
          "tags": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "references": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "WardReportSecret": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "redacted",
          "sha256"
        ],
        "properties": {
          "redacted": {
            "type": "string"
          },
          "sha256": {
            "type": "string",
            "pattern": "^[0-9a-f]{64}$"
          }
        }
      },
      "WardReportSeverity": {
        "type": "string",
        "enum": [
          "info",
          "low",
          "medium",
          "high",
          "critical"
        ]
      },
      "WardReportStatistics": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "filesScanned",
          "bytesScanned",
          "filesSkippedBinary",
          "filesSkippedTooLarge",
          "filesSkippedIgnored",
          "findingsSuppressed",
          "findingsInBaseline",
          "durationSeconds"
        ],
        "properties": {
          "filesScanned": {
            "type": "integer",
            "minimum": 0
          },
          "bytesScanned": {
            "type": "integer",
            "minimum": 0
          },
          "filesSkippedBinary": {
            "type": "integer",
            "minimum": 0
          },
          "filesSkippedTooLarge": {
            "type": "integer",
            "minimum": 0
          },
          "filesSkippedIgnored": {
            "type": "integer",
            "minimum": 0
          },
          "commitsScanned": {
            "type": "integer",
            "minimum": 0
          },
          "findingsSuppressed": {
            "type": "integer",
            "minimum": 0
          },
          "findingsInBaseline": {
            "type": "integer",
            "minimum": 0
          },
          "durationSeconds": {
            "type": "number",
            "minimum": 0
          }
        }
      },
      "WardReportTarget": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "mode",
          "root"
        ],
        "properties": {
          "mode": {
            "type": "string",
            "enum": [
              "directory",
              "git-history",
              "staged"
            ]
          },
          "root": {
            "type": "string"
          },
          "revisions": {
            "type": "string"
          }
        }
      },
      "WardReportTimestamp": {
        "type": "string",
        "pattern": "^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$",
        "description": "UTC, ISO 8601, whole seconds, e.g. 2024-05-01T12:00:00Z."
      },
      "WardReportTool": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "version",
          "informationUri"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1
          },
          "version": {
            "type": "string",
            "minLength": 1
          },
          "informationUri": {
            "type": "string"
          }
        }
      },
      "WardReportWarning": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "message"
        ],
        "properties": {
          "path": {
            "type": "string"
          },
          "line": {
            "type": "integer",
            "minimum": 1
          },
          "message": {
            "type": "string"
          }
        }
      },
      "KnowledgeEntry": {
        "type": "object",
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "article",
              "rule",
              "requirement"
            ]
          },
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "summary": {
            "type": "string"
          },
          "url": {
            "type": "string",
            "description": "The entry's page on the platform, e.g. /kb/rules/sql-injection."
          }
        },
        "required": [
          "id",
          "kind",
          "summary",
          "title",
          "url"
        ],
        "additionalProperties": false
      },
      "KnowledgeEntryPage": {
        "type": "object",
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/KnowledgeEntry"
            }
          },
          "next": {
            "type": [
              "string",
              "null"
            ]
          }
        },
        "required": [
          "items"
        ],
        "additionalProperties": false
      },
      "Remediation": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "description": "The severity, the team, or `(no team)`."
          },
          "fixed": {
            "type": "integer"
          },
          "meanDaysToRemediate": {
            "type": "number",
            "description": "Mean days from the start of the SLA clock (first report, or the regression that reopened the finding) to the fix; omitted with no fixes."
          },
          "fixedWithinSLA": {
            "type": "integer"
          },
          "slaCompliance": {
            "type": "number",
            "description": "fixedWithinSLA / fixed, from 0 to 1; omitted with no fixes."
          },
          "reopened": {
            "type": "integer",
            "description": "Fixed findings that came back within the window."
          },
          "recurrence": {
            "type": "number",
            "description": "reopened / fixed; omitted with no fixes."
          }
        },
        "required": [
          "fixed",
          "fixedWithinSLA",
          "name",
          "reopened"
        ],
        "additionalProperties": false
      },
      "Analytics": {
        "type": "object",
        "properties": {
          "days": {
            "type": "integer"
          },
          "since": {
            "type": "string",
            "format": "date-time"
          },
          "bySeverity": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Remediation"
            },
            "description": "Every severity, most severe first."
          },
          "byTeam": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Remediation"
            },
            "description": "Teams with a fix or a regression in the window, by name."
          },
          "topCWEsByTeam": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "team": {
                  "type": "string"
                },
                "cwe": {
                  "type": "string"
                },
                "open": {
                  "type": "integer"
                }
              },
              "required": [
                "cwe",
                "open",
                "team"
              ],
              "additionalProperties": false
            }
          },
          "weeks": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "start": {
                  "type": "string",
                  "format": "date-time",
                  "description": "ISO 8601, UTC, whole seconds."
                },
                "new": {
                  "type": "integer"
                },
                "fixed": {
                  "type": "integer"
                }
              },
              "required": [
                "fixed",
                "new",
                "start"
              ],
              "additionalProperties": false
            }
          },
          "density": {
            "type": "array",
            "description": "Open findings per thousand lines of code by team, over the projects whose latest scan recorded its lines.",
            "items": {
              "type": "object",
              "properties": {
                "team": {
                  "type": "string"
                },
                "projectsMeasured": {
                  "type": "integer"
                },
                "linesOfCode": {
                  "type": "integer"
                },
                "openFindings": {
                  "type": "integer"
                },
                "findingsPerKLOC": {
                  "type": [
                    "number",
                    "null"
                  ]
                }
              },
              "required": [
                "team",
                "projectsMeasured",
                "linesOfCode",
                "openFindings"
              ]
            }
          }
        },
        "required": [
          "byTeam",
          "bySeverity",
          "days",
          "since",
          "topCWEsByTeam",
          "weeks",
          "density"
        ],
        "additionalProperties": false
      }
    }
  }
}
"""##
}
