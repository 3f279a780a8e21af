@NullMarked
package org.cellbook;

import org.jspecify.annotations.NullMarked;
