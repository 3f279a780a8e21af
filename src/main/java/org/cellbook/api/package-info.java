@NullMarked
package org.cellbook.api;

import org.jspecify.annotations.NullMarked;
